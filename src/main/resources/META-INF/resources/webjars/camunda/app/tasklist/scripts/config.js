// Tasklist for the officials: Vietnamese only, whatever language the browser asks for.
export default {
  app: {
    name: 'Cộng đồng học tập',
    vendor: 'Đồng Nai'
  },
  locales: {
    availableLocales: ['vi'],
    fallbackLocale: 'vi'
  },
  disableWelcomeMessage: true,
  // Camunda Forms have no translation hook; this module translates what they render (see its header).
  customScripts: ['scripts/vietnamese-forms.js'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại khởi tạo quy trình'
    }
  }
};
