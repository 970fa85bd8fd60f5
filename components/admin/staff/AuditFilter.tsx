import { messages } from '@/lib/i18n/messages';
import { AUDIT_KINDS, type AuditKind } from '@/lib/staff/audit-view';
import styles from './staff.module.css';

/** A plain GET form: the filter works without JavaScript and the address can be shared. */
export function AuditFilter({ kind }: { kind?: AuditKind }) {
  const t = messages.staff.audit;
  return (
    <form method="get" action="/admin/audit" className={styles.filter}>
      <label>
        {t.kind}
        <select name="loai" defaultValue={kind ?? ''}>
          <option value="">{messages.admin.all}</option>
          {AUDIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kinds[k]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        {messages.admin.filter}
      </button>
    </form>
  );
}
