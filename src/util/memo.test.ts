import { describe, expect, it } from 'vitest';
import { cached } from './memo';

describe('cached', () => {
  it('makes a value once per key and gives the kept one after', () => {
    const cache = new Map<string, number[]>();
    let made = 0;
    const make = () => [++made];
    const first = cached(cache, 'a', make);
    expect(cached(cache, 'a', make)).toBe(first);
    expect(cached(cache, 'b', make)).toEqual([2]);
    expect(made).toBe(2);
  });
  it('keys a WeakMap by object', () => {
    const cache = new WeakMap<object, string>();
    const key = {};
    expect(cached(cache, key, () => 'x')).toBe('x');
    expect(cached(cache, key, () => 'y')).toBe('x');
    expect(cached(cache, {}, () => 'z')).toBe('z');
  });
});
