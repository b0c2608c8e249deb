import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { AppError } from '../../../shared/contract/result';

/**
 * The password policy: at least MIN_PASSWORD_LENGTH characters (the contract's schema) and a
 * strength estimate of at least "hard to guess" from zxcvbn-ts, which knows common passwords,
 * keyboard rows, repeats, sequences, dates and the account's own name. `12345678`, `password1` or
 * the user name with a year are refused with the reason in Chinese and what to do instead.
 */
export const MIN_PASSWORD_SCORE = 3;

/** zxcvbn's messages in Chinese: its keys, our words. */
const ZH: TranslationKeys = {
  warnings: {
    straightRow: '键盘上连续的一排键很容易被猜到',
    keyPattern: '键盘上的简短图案很容易被猜到',
    simpleRepeat: '“aaa”这样的重复字符很容易被猜到',
    extendedRepeat: '“abcabcabc”这样的重复组合很容易被猜到',
    sequences: '“abc”“123”这样的顺序很容易被猜到',
    recentYears: '最近的年份很容易被猜到',
    dates: '日期很容易被猜到',
    topTen: '这是最常用的密码之一',
    topHundred: '这是非常常用的密码',
    common: '这是常用密码',
    similarToCommon: '与常用密码过于相似',
    wordByItself: '单个单词很容易被猜到',
    namesByThemselves: '单独的姓名很容易被猜到',
    commonNames: '常见的姓名很容易被猜到',
    userInputs: '不要使用与用户名或姓名相关的内容',
    pwned: '这个密码曾在其他网站的数据泄露中出现过',
  },
  suggestions: {
    l33t: '不要只是把字母换成相似的数字或符号（如 a 换成 @）',
    reverseWords: '不要只是把常用词倒过来写',
    allUppercase: '只把部分字母大写，而不是全部',
    capitalization: '除首字母外，再把其他一些字母大写',
    dates: '不要使用与自己有关的日期',
    recentYears: '不要使用最近的年份',
    associatedYears: '不要使用与自己有关的年份',
    sequences: '不要使用常见的字符顺序',
    repeated: '不要重复单词或字符',
    longerKeyboardPattern: '使用更长的键盘图案，并多次改变方向',
    anotherWord: '再加上一些不常见的单词',
    useWords: '使用几个不相关的单词组成的短语',
    noNeed: '不必使用符号、数字或大写字母，长一些更重要',
    pwned: '如果在其他地方也用了这个密码，请一并修改',
  },
  timeEstimation: {
    ltSecond: '不到 1 秒',
    second: '{base} 秒',
    seconds: '{base} 秒',
    minute: '{base} 分钟',
    minutes: '{base} 分钟',
    hour: '{base} 小时',
    hours: '{base} 小时',
    day: '{base} 天',
    days: '{base} 天',
    month: '{base} 个月',
    months: '{base} 个月',
    year: '{base} 年',
    years: '{base} 年',
    centuries: '数百年',
  },
};

let estimator: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  // Built on first use: its dictionaries take a moment to load, which only setting a password needs.
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs, translations: ZH });
  return estimator;
}

/** Why a new password is too weak, in Chinese, or null when it will do. */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  const result = zxcvbn().check(password, userInputs.filter((s) => s.trim() !== ''));
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const why = result.feedback.warning ?? '这个密码很容易被猜到';
  const tip = result.feedback.suggestions[0] ?? '使用更长的、由几个不相关的词组成的密码';
  return `密码太弱：${why}。${tip}。`;
}

/** Refuses a weak new password at its field (`password` or `newPassword`). */
export function requireStrongPassword(password: string, field: string, userInputs: string[] = []): void {
  const weakness = passwordWeakness(password, userInputs);
  if (weakness) throw new AppError('INVALID_INPUT', weakness, { [field]: weakness });
}
