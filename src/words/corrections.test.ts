import { describe, expect, it } from 'vitest';
import { correctionTitle, recordKindLabel } from './corrections';

describe('correctionTitle', () => {
  it("heads a correction with the kind of record and its title, or the story's title", () => {
    expect(correctionTitle({ kind: 'country', title: 'Kosovo' }, 'The story')).toBe('Correction: Country “Kosovo”');
    expect(correctionTitle({ kind: 'story', title: 'x' }, 'Deportees')).toBe('Correction: Deportees');
    expect(recordKindLabel('event')).toBe('Event');
  });
  it('heads it in Spanish, with Spanish quotation marks', () => {
    expect(correctionTitle({ kind: 'country', title: 'Kosovo' }, 'x', 'es')).toBe('Corrección: País «Kosovo»');
    expect(correctionTitle({ kind: 'story', title: 'x' }, 'Deportados', 'es')).toBe('Corrección: Deportados');
  });
});
