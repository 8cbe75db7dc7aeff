package vn.learningcommunity.campaign;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Values remembered per node; written only when the transaction that read them commits. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CampaignCaching {

  @Bean
  CacheManager cacheManager() {
    return new TransactionAwareCacheManagerProxy(new ConcurrentMapCacheManager(CampaignCalendar.CACHE));
  }
}
