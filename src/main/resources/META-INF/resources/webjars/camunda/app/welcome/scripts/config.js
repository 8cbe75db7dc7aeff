// Officials read Vietnamese only: one locale, whatever language the browser asks for.
export default {
  app: {
    name: 'Cộng đồng học tập',
    vendor: 'Đồng Nai'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  }
};
