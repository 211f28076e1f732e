import { isValidElement, type VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';

// The popup's strings come from _locales through the extension API; here the key itself is the text.
vi.mock('../../../src/browser/i18n', () => ({ t: (key: string) => key }));

const { RecordDroppedNote } = await import('../../../src/popup/components/record-dropped-note');

describe('RecordDroppedNote (popup)', () => {
  it('says the earlier entries were not kept when the tab record was dropped, and nothing otherwise', () => {
    const shown = RecordDroppedNote({ dropped: true }) as VNode<{ 'data-testid': string; children: unknown }>;
    expect(isValidElement(shown)).toBe(true);
    expect(shown.props['data-testid']).toBe('record-dropped');
    expect(shown.props.children).toBe('recordDropped');
    expect(RecordDroppedNote({ dropped: false })).toBeNull();
    expect(RecordDroppedNote({ dropped: undefined })).toBeNull();
  });
});
