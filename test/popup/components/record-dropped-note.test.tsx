import { isValidElement, type VNode } from 'preact';
import { describe, expect, it, vi } from 'vitest';

// The English messages from _locales, as the browser would give them.
vi.mock('../../../src/browser/i18n', async () => import('./english-messages'));

const { RecordDroppedNote } = await import('../../../src/popup/components/record-dropped-note');

describe('RecordDroppedNote (popup)', () => {
  it('says the earlier entries were not kept when the tab record was dropped, and nothing otherwise', () => {
    const shown = RecordDroppedNote({ dropped: true }) as VNode<{ 'data-testid': string; children: unknown }>;
    expect(isValidElement(shown)).toBe(true);
    expect(shown.props['data-testid']).toBe('record-dropped');
    expect(shown.props.children).toMatch(/^This tab's earlier entries were not kept: its whole record was dropped/);
    expect(RecordDroppedNote({ dropped: false })).toBeNull();
    expect(RecordDroppedNote({ dropped: undefined })).toBeNull();
  });
});
