import { describe, expect, it } from 'vitest';
import { figureParts, formatFigureValue, withQualifier } from '../../src/lib/format';

describe('figure formatting', () => {
  it('writes large yuan amounts the way each language does', () => {
    expect(formatFigureValue(180e9, 'yuan', 'en')).toBe('180 billion yuan');
    expect(formatFigureValue(180e9, '元', 'zh')).toBe('1800亿元');
    expect(formatFigureValue(18e9, '元', 'zh')).toBe('180亿元');
    expect(formatFigureValue(25.33e9, 'US dollars', 'en')).toBe('25.33 billion US dollars');
    expect(formatFigureValue(25.33e9, '美元', 'zh')).toBe('253.3亿美元');
  });

  it('groups thousands in English and keeps percentages tight', () => {
    expect(formatFigureValue(2000, 'mu', 'en')).toBe('2,000 mu');
    expect(formatFigureValue(2000, '亩', 'zh')).toBe('2000亩');
    expect(formatFigureValue(86.55, '%', 'en')).toBe('86.55%');
    expect(formatFigureValue(920, '家', 'zh')).toBe('920家');
  });

  it('splits numeral and unit for the big-numeral panels', () => {
    expect(figureParts(180e9, 'yuan', 'en')).toEqual({ number: '180', unit: 'billion yuan' });
    expect(figureParts(180e9, '元', 'zh')).toEqual({ number: '1800', unit: '亿元' });
  });

  it('puts qualifiers where each language puts them', () => {
    expect(withQualifier('2,000 mu', 'over', 'en')).toBe('over 2,000 mu');
    expect(withQualifier('2000亩', '超过', 'zh')).toBe('超过2000亩');
    expect(withQualifier('9 companies', null, 'en')).toBe('9 companies');
  });
});
