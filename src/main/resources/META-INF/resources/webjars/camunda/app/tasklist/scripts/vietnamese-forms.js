// Camunda Forms (form-js) inside Tasklist 7.24 have no translation hook: their validation
// messages, the "Select" placeholder and the date picker's names are fixed English strings, and
// decimals show a point. Loaded through Tasklist's `customScripts`, this module puts them into
// Vietnamese where they are rendered, writes decimals with a comma, and keeps the reason a form
// was not completed next to the "Hoàn thành" button instead of in a floating notice.

const MESSAGES = [
  [/^Field is required\.$/, () => 'Trường này là bắt buộc.'],
  [/^Field must match pattern .*\.$/s, () => 'Giá trị không đúng định dạng yêu cầu.'],
  [/^Field must have minimum value of (.+)\.$/, ([, n]) => `Giá trị nhỏ nhất là ${decimalComma(n)}.`],
  [/^Field must have maximum value of (.+)\.$/, ([, n]) => `Giá trị lớn nhất là ${decimalComma(n)}.`],
  [/^Field must have minimum length of (\d+)\.$/, ([, n]) => `Cần ít nhất ${n} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, ([, n]) => `Nhiều nhất ${n} ký tự.`],
  [/^Value is not a number\.$/, () => 'Giá trị phải là một số.'],
  [/^Value is expected to be an integer\.$/, () => 'Giá trị phải là số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, ([, n]) => `Nhiều nhất ${n} chữ số sau dấu phẩy.`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    ([, a, b]) => `Giá trị không hợp lệ; hai giá trị hợp lệ gần nhất là ${decimalComma(a)} và ${decimalComma(b)}.`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.']
];

// Only the fixed words of the widgets, never an official's own text.
const WIDGET_TEXT = {
  '.fjs-select-display.fjs-select-placeholder': { Select: 'Chọn…' },
  '.page-notifications .sr-only': { Close: 'Đóng' }
};
const WIDGET_ATTRIBUTES = [
  ['.fjs-form input[placeholder="Search"]', 'placeholder', 'Tìm…'],
  ['.fjs-number-arrow-up[aria-label="Increment"]', 'aria-label', 'Tăng'],
  ['.fjs-number-arrow-down[aria-label="Decrement"]', 'aria-label', 'Giảm']
];

const DATE_PICKER = {
  locale: {
    weekdays: {
      shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
      longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
    },
    months: {
      shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
      longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6',
        'Tháng 7', 'Tháng 8', 'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12']
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' đến ',
    weekAbbreviation: 'Tuần',
    scrollTitle: 'Cuộn để tăng giảm',
    toggleTitle: 'Nhấn để chuyển',
    yearAriaLabel: 'Năm',
    monthAriaLabel: 'Tháng',
    hourAriaLabel: 'Giờ',
    minuteAriaLabel: 'Phút',
    time_24hr: true
  },
  ariaDateFormat: 'd/m/Y'
};

// form-js derives the date field's format from Intl's default locale, i.e. the browser's
// language (m/d/Y in an English browser). Officials read dd/MM/yyyy whatever their browser says.
const BrowserDateTimeFormat = Intl.DateTimeFormat;
const VIETNAMESE_DATE = { day: '2-digit', month: '2-digit', year: 'numeric' };
function VietnameseDefaultDateTimeFormat(locales, options) {
  if (locales === undefined || locales === 'default') {
    return new BrowserDateTimeFormat('vi-VN', options === undefined ? VIETNAMESE_DATE : options);
  }
  return new BrowserDateTimeFormat(locales, options);
}
VietnameseDefaultDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
VietnameseDefaultDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = VietnameseDefaultDateTimeFormat;

function decimalComma(text) {
  return String(text).replace(/^(-?\d*)\.(\d*)$/, '$1,$2');
}

export function vietnameseMessage(english) {
  for (const [pattern, render] of MESSAGES) {
    const match = english.match(pattern);
    if (match) {
      return render(match);
    }
  }
  return english;
}

// form-js keeps its own text nodes and updates them in place: their data is changed, never the
// nodes themselves, or a later English message would land in a node no longer shown.
function retext(element, vietnamese) {
  const node = [...element.childNodes].find((child) => child.nodeType === Node.TEXT_NODE);
  if (node && node.data !== vietnamese) {
    node.data = vietnamese;
  }
}

function translateFormErrors(root) {
  for (const item of root.querySelectorAll('.fjs-form-field-error li')) {
    const vietnamese = vietnameseMessage(item.textContent);
    if (vietnamese !== item.textContent) {
      retext(item, vietnamese);
    }
  }
}

function translateWidgets(root) {
  for (const [selector, words] of Object.entries(WIDGET_TEXT)) {
    for (const element of root.querySelectorAll(selector)) {
      const vietnamese = words[element.textContent.trim()];
      if (vietnamese) {
        retext(element, vietnamese);
      }
    }
  }
  for (const [selector, attribute, vietnamese] of WIDGET_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      element.setAttribute(attribute, vietnamese);
    }
  }
}

function localizeDatePickers(root) {
  for (const input of root.querySelectorAll('.fjs-form-field-datetime input')) {
    const picker = input._flatpickr;
    if (picker && !picker.vietnamese) {
      picker.vietnamese = true;
      picker.set(DATE_PICKER);
    }
  }
}

// The number field keeps a point in its own state and writes it to the input on every render;
// the input shows it with a comma. form-js itself reads a typed comma as the decimal separator.
const nativeInputValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
function showDecimalCommas(root) {
  for (const input of root.querySelectorAll('.fjs-form-field-number input.fjs-input')) {
    if (!input.showsDecimalComma) {
      input.showsDecimalComma = true;
      Object.defineProperty(input, 'value', {
        configurable: true,
        get() {
          return nativeInputValue.get.call(this);
        },
        set(value) {
          nativeInputValue.set.call(this, typeof value === 'string' ? decimalComma(value) : value);
        }
      });
      input.value = nativeInputValue.get.call(input);
    }
  }
}

// An indicator is named by its code ("C1.1"), any other field by its whole label.
function fieldLabel(field) {
  const label = field.querySelector('.fjs-form-field-label');
  const text = label ? label.textContent.replace(/\*$/, '').trim() : '';
  const code = text.match(/^([A-ZĐ]+\d+(?:\.\d+)*)\.\s/);
  return code ? code[1] : text;
}

// form-js marks a field only once it was touched, yet blocks "Hoàn thành" for every field: a
// required field still empty counts as well as one showing an error.
function requiredButEmpty(field) {
  if (!field.querySelector(':scope > .fjs-form-field-label .fjs-asterix, :scope > label .fjs-asterix')) {
    return false;
  }
  if (field.classList.contains('fjs-form-field-radio') || field.classList.contains('fjs-form-field-checklist')) {
    return !field.querySelector('input:checked');
  }
  if (field.querySelector('.fjs-select-placeholder')) {
    return true;
  }
  const input = field.querySelector('input.fjs-input, textarea');
  return Boolean(input) && input.value.trim() === '';
}

function invalidFields() {
  return [...document.querySelectorAll('.fjs-form .fjs-form-field')]
    .filter((field) => !field.classList.contains('fjs-form-field-grouplike'))
    .filter((field) => field.querySelector('.fjs-form-field-error li') || requiredButEmpty(field));
}

function goToField(field) {
  field.scrollIntoView({ block: 'center' });
  const input = field.querySelector('input, textarea, select');
  if (input) {
    input.focus({ preventScroll: true });
  }
}

// Why the task cannot be completed, beside "Hoàn thành": the fields to correct (a click on the
// notice leads to the first), or the server's refusal, which names its fields itself.
function showNextToButton(kind, text) {
  const actions = document.querySelector('.form-actions');
  if (!actions) {
    return false;
  }
  let notice = actions.querySelector('.cdht-refusal');
  if (!notice) {
    notice = document.createElement('div');
    notice.className = 'cdht-refusal alert alert-danger';
    notice.setAttribute('role', 'alert');
    notice.addEventListener('click', () => {
      const [first] = invalidFields();
      if (first) {
        goToField(first);
      }
    });
    actions.prepend(notice);
  }
  notice.dataset.kind = kind;
  if (notice.textContent !== text) {
    notice.textContent = text;
  }
  return true;
}

const NAMED_FIELDS = 5;
function fieldsToCorrect(fields) {
  const names = fields.map(fieldLabel).filter(Boolean).map((name) => `«${name}»`);
  const more = names.length > NAMED_FIELDS ? ` và ${names.length - NAMED_FIELDS} trường khác` : '';
  return `Chưa hoàn thành được: ${fields.length} trường cần điền hoặc sửa — `
    + `${names.slice(0, NAMED_FIELDS).join(', ')}${more}. Nhấn vào đây để đến trường đầu tiên.`;
}

function explainBlockedCompletion() {
  const button = document.querySelector('.form-actions [ng-click="complete()"]');
  const notice = document.querySelector('.cdht-refusal');
  const fields = invalidFields();
  if (button && fields.length && (button.disabled || (notice && notice.dataset.kind === 'fields'))) {
    showNextToButton('fields', fieldsToCorrect(fields));
  } else if (notice && notice.dataset.kind === 'fields') {
    notice.remove();
  }
}

function moveCompletionErrors() {
  for (const notification of document.querySelectorAll('.page-notifications .alert-danger')) {
    const status = notification.querySelector('.status');
    if (status && status.textContent.includes('khi gửi biểu mẫu công việc') && !notification.dataset.moved) {
      notification.dataset.moved = 'true';
      const fields = invalidFields();
      const message = notification.querySelector('.message');
      const shown = fields.length
        ? showNextToButton('fields', fieldsToCorrect(fields))
        : showNextToButton('server', `Chưa hoàn thành được: ${(message && message.textContent.trim()) || status.textContent.trim()}`);
      if (fields.length) {
        goToField(fields[0]);
      }
      const close = notification.querySelector('button.close:not(.ng-hide)');
      if (shown && close) {
        close.click();
      }
    }
  }
}

// Officials who may start no process are not offered "Khởi tạo quy trình" (checked whenever the
// header is drawn anew, i.e. after each login).
const checkedStartActions = new WeakSet();
async function hideStartProcessWhenNothingToStart() {
  const action = document.querySelector('.start-process-action');
  if (!action || checkedStartActions.has(action)) {
    return;
  }
  checkedStartActions.add(action);
  const base = document.querySelector('base').getAttribute('engine-api');
  const response = await fetch(`${base}engine/default/process-definition/count?latestVersion=true`
    + '&startableInTasklist=true&startablePermissionCheck=true&active=true', { credentials: 'same-origin' });
  const nothingToStart = response.ok && (await response.json()).count === 0;
  document.documentElement.classList.toggle('cdht-nothing-to-start', nothingToStart);
}

// The date picker reads 31/02/2027 as 03/03/2027. A typed date that does not exist is refused
// where it was typed, before the picker sees it; the field keeps its previous value.
function impossibleDate(text) {
  const parts = text.trim().match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (!parts) {
    return false;
  }
  const [day, month, year] = parts.slice(1).map(Number);
  const date = new Date(year, month - 1, day);
  return date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day;
}

function guardDateInput(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.closest('.fjs-form-field-datetime')) {
    return;
  }
  if (event.type === 'keydown' && event.key !== 'Enter') {
    return;
  }
  const field = input.closest('.fjs-form-field-datetime');
  field.querySelectorAll('.cdht-date-error').forEach((old) => old.remove());
  if (impossibleDate(input.value)) {
    event.stopImmediatePropagation();
    event.preventDefault();
    const message = document.createElement('div');
    message.className = 'fjs-form-field-error cdht-date-error';
    message.setAttribute('role', 'alert');
    message.textContent = `${input.value.trim()} không phải là một ngày có thật (dd/MM/yyyy).`;
    field.append(message);
  }
}
document.addEventListener('blur', guardDateInput, true);
document.addEventListener('keydown', guardDateInput, true);

// The same fields are not reached by keyboard either (see user-styles.css).
function lockTaskMeta(root) {
  for (const field of root.querySelectorAll('.task-card [cam-tasklist-task-meta] [cam-widget-inline-field][tabindex="0"]')) {
    field.setAttribute('tabindex', '-1');
  }
}

let scheduled = false;
function refresh() {
  if (scheduled) {
    return;
  }
  scheduled = true;
  // after form-js has rendered (it re-renders asynchronously after every input)
  requestAnimationFrame(() => setTimeout(() => {
    scheduled = false;
    translateFormErrors(document);
    translateWidgets(document);
    localizeDatePickers(document);
    showDecimalCommas(document);
    lockTaskMeta(document);
    moveCompletionErrors();
    explainBlockedCompletion();
    hideStartProcessWhenNothingToStart().catch(() => { /* the action stays; its dialog lists nothing */ });
  }, 0));
}

new MutationObserver(refresh).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
for (const event of ['input', 'change', 'focusout', 'click']) {
  document.addEventListener(event, refresh, true);
}
document.addEventListener('click', (event) => {
  if (event.target.closest && event.target.closest('.form-actions [ng-click="complete()"]')) {
    document.querySelectorAll('.cdht-refusal[data-kind="server"]').forEach((old) => old.remove());
  }
}, true);
