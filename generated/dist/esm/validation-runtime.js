var __defProp = Object.defineProperty;
var __defNormalProp = (obj, key, value) => key in obj ? __defProp(obj, key, { enumerable: true, configurable: true, writable: true, value }) : obj[key] = value;
var __publicField = (obj, key, value) => __defNormalProp(obj, typeof key !== "symbol" ? key + "" : key, value);
const DEFAULT_MAX_ERRORS = 100;
const hasOwnProperty = Object.prototype.hasOwnProperty;
function own(value, key) {
  return hasOwnProperty.call(value, key);
}
let errorLimit = DEFAULT_MAX_ERRORS;
let errorCount = 0;
let warningLimit = DEFAULT_MAX_ERRORS;
let warningCount = 0;
let lenientPolicy = false;
function full() {
  return errorCount >= errorLimit;
}
function lenient() {
  return lenientPolicy;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isNumber(value) {
  return typeof value === "number" && value - value === 0;
}
const notHexDigit = /* @__PURE__ */ (() => {
  const table = new Uint8Array(256).fill(1);
  for (const c of "0123456789abcdefABCDEF") table[c.charCodeAt(0)] = 0;
  return table;
})();
function nonHexIn(text, from, to) {
  let found = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    found |= c >> 8 | notHexDigit[c & 255];
  }
  return found;
}
function isUuid(text) {
  if (text.length !== 36 || text.charCodeAt(8) !== 45 || text.charCodeAt(13) !== 45 || text.charCodeAt(18) !== 45 || text.charCodeAt(23) !== 45)
    return false;
  return (nonHexIn(text, 0, 8) | nonHexIn(text, 9, 13) | nonHexIn(text, 14, 18) | nonHexIn(text, 19, 23) | nonHexIn(text, 24, 36)) === 0;
}
function twoDigits(text, at) {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}
const daysInMonth = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isDateTime(text) {
  const n = text.length;
  if (n < 20) return false;
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const year = century < 0 || yearOfCentury < 0 ? -1 : century * 100 + yearOfCentury;
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const separator = text.charCodeAt(10) | 32;
  if (year < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58)
    return false;
  if (separator !== 116 && separator !== 32) return false;
  if (month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
    return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : daysInMonth[month])) return false;
  let i = 19;
  if (text.charCodeAt(i) === 46) {
    const start = ++i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
  }
  let offsetMinutes = 0;
  const zone = text.charCodeAt(i);
  if ((zone | 32) === 122) {
    if (i + 1 !== n) return false;
  } else if (zone === 43 || zone === 45) {
    const offsetHour = twoDigits(text, i + 1);
    const offsetMinute = twoDigits(text, i + 4);
    if (i + 6 !== n || text.charCodeAt(i + 3) !== 58 || offsetHour < 0 || offsetHour > 23 || offsetMinute < 0 || offsetMinute > 59)
      return false;
    offsetMinutes = (zone === 43 ? 1 : -1) * (offsetHour * 60 + offsetMinute);
  } else return false;
  if (second < 60) return true;
  const utc = ((hour * 60 + minute - offsetMinutes) % 1440 + 1440) % 1440;
  return utc === 1439;
}
const uriCharacters = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]$/;
function isUri(text) {
  const n = text.length;
  let i = 0;
  const first = text.charCodeAt(0) | 32;
  if (!(first >= 97 && first <= 122)) return false;
  for (i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) break;
    const lower = c | 32;
    if (!(lower >= 97 && lower <= 122 || c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46))
      return false;
  }
  if (i === n) return false;
  for (i++; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 37) {
      if (nonHexIn(text, i + 1, i + 3) !== 0) return false;
      i += 2;
    } else if (c > 126 || !uriCharacters.test(text[i])) return false;
  }
  return true;
}
function describe(value) {
  try {
    if (value === null) return "null";
    switch (typeof value) {
      case "string":
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}\u2026` : value);
      case "number":
      case "boolean":
        return String(value);
      case "undefined":
        return "undefined";
      case "object":
        return Array.isArray(value) ? "an array" : "an object";
      default:
        return `a ${typeof value}`;
    }
  } catch {
    return "an unreadable value";
  }
}
function pointer(key) {
  if (typeof key === "number" || key.indexOf("~") < 0 && key.indexOf("/") < 0) return `/${key}`;
  return `/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function add(errors, issue) {
  if (errors === void 0) return [issue];
  errors.push(issue);
  return errors;
}
const formatNames = {
  uuid: "a UUID",
  "date-time": "an RFC 3339 date-time",
  uri: "an absolute URI"
};
function fail(errors, key, code, expected, received) {
  const path = key === void 0 ? "" : pointer(key);
  if (code === "enum" && lenientPolicy) {
    if (warningCount >= warningLimit) return errors;
    warningCount++;
    return add(errors, {
      path,
      code: "unknown_enum_value",
      message: `unknown value ${describe(received)} accepted; this version knows ${expected}`
    });
  }
  errorCount++;
  let message;
  switch (code) {
    case "required":
      message = requiredMessage(String(key));
      break;
    case "format":
      message = `expected ${own(formatNames, expected) ? formatNames[expected] : expected} string, received ${describe(received)}`;
      break;
    case "enum":
      message = `expected one of ${expected}, received ${describe(received)}`;
      break;
    case "const":
      message = `expected ${JSON.stringify(expected)}, received ${describe(received)}`;
      break;
    case "range":
      message = `expected a number ${expected}, received ${describe(received)}`;
      break;
    case "integer":
      message = `expected an integer, received ${describe(received)}`;
      break;
    case "unknown_event_type":
      message = `unknown event type ${describe(received)}; expected one of the ${expected} event types of the catalogue`;
      break;
    default:
      message = `expected ${expected}, received ${describe(received)}`;
  }
  return add(errors, { path, code, message });
}
function missing(errors, key) {
  return fail(errors, key, "required", "", void 0);
}
const requiredMessages = /* @__PURE__ */ new Map();
function requiredMessage(key) {
  let message = requiredMessages.get(key);
  if (message === void 0)
    requiredMessages.set(key, message = `missing required property ${JSON.stringify(key)}`);
  return message;
}
function absent(key) {
  errorCount++;
  return [{ path: "", code: "required", message: requiredMessage(key) }];
}
function unknownProperties(errors, value, known) {
  try {
    for (const key in value) {
      if (warningCount >= warningLimit) break;
      if (!own(value, key) || known.indexOf(key) >= 0) continue;
      warningCount++;
      errors = add(errors, {
        path: pointer(key),
        code: "unknown_property",
        message: `unknown property ${describe(key)} accepted`
      });
    }
  } catch {
  }
  return errors;
}
function constant(value, expected) {
  if (value === expected) return void 0;
  return typeof value === "string" ? fail(void 0, void 0, "const", expected, value) : fail(void 0, void 0, "type", "string", value);
}
class Interrupted {
  constructor(errors, key, thrown) {
    __publicField(this, "errors", errors);
    __publicField(this, "key", key);
    __publicField(this, "thrown", thrown);
  }
}
function isInstance(value, type) {
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}
function interrupted(errors, key, thrown) {
  return isInstance(thrown, Interrupted) ? thrown : new Interrupted(errors, key, thrown);
}
function threw(errors, key, thrown) {
  if (isInstance(thrown, Interrupted)) return threw(thrown.errors, thrown.key, thrown.thrown);
  errorCount++;
  let reason;
  try {
    reason = isInstance(thrown, Error) ? String(thrown.message) : String(thrown);
  } catch {
    reason = "unknown reason";
  }
  return add(errors, {
    path: key === void 0 ? "" : pointer(key),
    code: "type",
    message: `could not read the value: ${reason}`
  });
}
function nest(errors, key, inner) {
  const prefix = pointer(key);
  if (errors === void 0) {
    for (let i = 0; i < inner.length; i++) inner[i].path = prefix + inner[i].path;
    return inner;
  }
  for (const error of inner) {
    error.path = prefix + error.path;
    errors = add(errors, error);
  }
  return errors;
}
function isWarning(issue) {
  switch (issue.code) {
    case "unknown_enum_value":
    case "unknown_property":
    case "event_type_alias":
    // An error under the strict policy; under the lenient one the union never checks an unknown type,
    // so the only issue with this code is the warning runLenient made.
    case "unknown_event_type":
      return true;
    default:
      return false;
  }
}
function maxErrorsOf(options) {
  const max = options == null ? void 0 : options.maxErrors;
  return typeof max === "number" && max >= 1 ? Math.floor(max) : DEFAULT_MAX_ERRORS;
}
function run(check, input, options, events) {
  if (options != null && options.policy === "lenient")
    return runLenient(check, input, options, events);
  const abortEarly = options != null && options.abortEarly === true;
  const savedLimit = errorLimit;
  const savedCount = errorCount;
  const savedPolicy = lenientPolicy;
  const limit = errorLimit = abortEarly ? 1 : maxErrorsOf(options);
  errorCount = 0;
  lenientPolicy = false;
  let errors;
  try {
    errors = check(input, abortEarly);
  } catch (thrown) {
    errors = threw(void 0, void 0, thrown);
  }
  errorLimit = savedLimit;
  errorCount = savedCount;
  lenientPolicy = savedPolicy;
  if (errors === void 0) return { ok: true, value: input };
  if (errors.length > limit) errors.length = limit;
  return { ok: false, errors };
}
function runLenient(check, input, options, events) {
  const saved = [errorLimit, errorCount, warningLimit, warningCount, lenientPolicy];
  const max = maxErrorsOf(options);
  const limit = errorLimit = options.abortEarly === true ? 1 : max;
  warningLimit = max;
  errorCount = warningCount = 0;
  lenientPolicy = true;
  let value = input;
  let issues;
  let known = true;
  try {
    const type = events === void 0 ? void 0 : unlistedType(input, events);
    if (type !== void 0) {
      const where = pointer(events.key);
      let current;
      for (let i = 0; i < events.aliases.length; i++)
        if (events.aliases[i][0] === type) current = events.aliases[i][1];
      if (current !== void 0) {
        value = { ...input, [events.key]: current };
        issues = [
          {
            path: where,
            code: "event_type_alias",
            message: `${describe(type)} is an older name of ${describe(current)}; the value carries ${describe(current)}`
          }
        ];
      } else if (events.known !== void 0) {
        known = false;
        issues = [
          {
            path: where,
            code: "unknown_event_type",
            message: `event type ${describe(type)} is not in this version of the catalogue; accepted unchecked`
          }
        ];
      }
    }
    if (known) {
      const found = check(value, false);
      if (found !== void 0) issues = issues === void 0 ? found : issues.concat(found);
    }
  } catch (thrown) {
    issues = threw(issues, void 0, thrown);
  }
  [errorLimit, errorCount, warningLimit, warningCount, lenientPolicy] = saved;
  const errors = [];
  const warnings = [];
  if (issues !== void 0)
    for (const issue of issues)
      isWarning(issue) ? warnings.push(issue) : errors.push(issue);
  if (errors.length > 0)
    return { ok: false, errors: errors.length > limit ? errors.slice(0, limit) : errors, warnings };
  return known ? { ok: true, known: true, value, warnings } : { ok: true, known: false, value, warnings };
}
function unlistedType(input, events) {
  if (!isObject(input) || !own(input, events.key)) return void 0;
  const type = input[events.key];
  if (typeof type !== "string" || events.known !== void 0 && events.known.has(type))
    return void 0;
  return type;
}
function validator(check, events) {
  return ((input, options) => run(check, input, options, events));
}
function guard(check) {
  return (input) => passes(check, input);
}
function passes(check, input) {
  const count = errorCount;
  const policy = lenientPolicy;
  lenientPolicy = false;
  let valid;
  try {
    valid = check(input, true) === void 0;
  } catch {
    valid = false;
  }
  errorCount = count;
  lenientPolicy = policy;
  return valid;
}
function pathKeys(path) {
  return path === "" ? [] : path.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function standard(check, vendor) {
  return {
    "~standard": {
      version: 1,
      vendor,
      validate(value) {
        const result = run(check, value, void 0);
        return result.ok ? { value: result.value } : { issues: result.errors.map((e) => ({ message: e.message, path: pathKeys(e.path) })) };
      }
    }
  };
}
export {
  DEFAULT_MAX_ERRORS,
  absent,
  constant,
  describe,
  fail,
  full,
  guard,
  interrupted,
  isDateTime,
  isNumber,
  isObject,
  isUri,
  isUuid,
  lenient,
  missing,
  nest,
  own,
  passes,
  pointer,
  run,
  standard,
  threw,
  unknownProperties,
  validator
};
