import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../core/settings';

/** The two limits a person may change: tracker lifetime (CNIL: 13 months) and session-credential lifetime. */
export function SettingsForm({
  load,
  save,
}: {
  load: () => Promise<Settings>;
  save: (patch: Partial<Settings>) => Promise<Settings>;
}) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void load().then(setSettings);
  }, [load]);
  if (!settings) return null;
  return (
    <form
      class="settings"
      data-testid="settings"
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget as HTMLFormElement);
        const saved = await save({
          maxTrackerLifetimeDays: Number(data.get('tracker')),
          maxSessionLifetimeDays: Number(data.get('session')),
          timelineRetentionDays: Number(data.get('retention')),
        });
        setSettings(saved);
        setStatus('Saved. The popup and reports use the new limits.');
      }}
    >
      <h2>Limits</h2>
      <label>
        Flag tracking cookies that live longer than{' '}
        <input name="tracker" type="number" min="1" max="3650" value={settings.maxTrackerLifetimeDays} required /> days
        <span class="hint"> (CNIL recommends 13 months ≈ 395 days)</span>
      </label>
      <label>
        Flag login/session cookies that live longer than{' '}
        <input name="session" type="number" min="1" max="3650" value={settings.maxSessionLifetimeDays} required /> days
      </label>
      <label>
        Keep each site's cookie timeline for{' '}
        <input
          name="retention"
          type="number"
          min="1"
          max="365"
          value={settings.timelineRetentionDays}
          required
          data-testid="retention-days"
        />{' '}
        days
      </label>
      <button type="submit" data-testid="settings-save">
        Save
      </button>
      <span role="status">{status}</span>
    </form>
  );
}
