'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { confirmTwoStepAction, disableTwoStepAction, startTwoStepAction } from '@/lib/actions/two-step';
import type { ActionResult } from '@/lib/auth/action';
import type { SetupStart, TwoStepStatus } from '@/lib/auth/two-step';
import { messages } from '@/lib/i18n/messages';
import { FieldError, FormFeedback } from '../forms/FormFeedback';
import { text, useActionForm } from '../forms/useActionForm';
import styles from './staff.module.css';

/**
 * "Xác thực hai bước" in Tài khoản của tôi (and on the page a required role is sent to): turn it
 * on with a QR code and a first code, see the recovery codes once, turn it off with a code.
 * `doneHref`: where "Tôi đã lưu các mã" leads (the dashboard, for someone who had to turn it on).
 */
export function TwoStepPanel({ status, doneHref }: { status: TwoStepStatus; doneHref?: string }) {
  const t = messages.twoStep;
  const router = useRouter();
  const [setup, setSetup] = useState<SetupStart | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [startResult, setStartResult] = useState<ActionResult<SetupStart> | null>(null);
  const [starting, startTransition] = useTransition();
  const confirm = useActionForm(confirmTwoStepAction, (data) => ({ code: text(data, 'code') }), {
    refresh: false, // the recovery codes are shown first; "Tôi đã lưu các mã" moves on
    onSuccess: (result) => {
      setRecoveryCodes(result.data.recoveryCodes);
      setSetup(null);
    },
  });
  const disable = useActionForm(disableTwoStepAction, (data) => ({ code: text(data, 'code') }));

  function start() {
    startTransition(async () => {
      const result = await startTwoStepAction({});
      setStartResult(result);
      if (result.ok) setSetup(result.data);
    });
  }

  function finish() {
    if (doneHref) router.replace(doneHref);
    router.refresh();
    setRecoveryCodes(null);
  }

  return (
    <section className="admin-form panel" aria-labelledby="two-step-heading">
      <h2 id="two-step-heading" className={styles.heading}>
        {t.heading}
      </h2>
      <p className="field-hint">{t.intro}</p>
      {recoveryCodes ? (
        <div>
          <FormFeedback result={confirm.result} />
          <h3>{t.recoveryHeading}</h3>
          <p>{t.recoveryIntro}</p>
          <ol className={styles.recoveryCodes} aria-label={t.recoveryHeading}>
            {recoveryCodes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
          <div className={`button-row ${styles.actions}`}>
            <button type="button" className="button button--primary" onClick={finish}>
              {t.recoveryDone}
            </button>
          </div>
        </div>
      ) : status.on ? (
        <>
          <p>{t.on(status.recoveryLeft)}</p>
          {status.required ? (
            <p className="field-hint">{t.cannotDisable}</p>
          ) : (
            <form onSubmit={disable.onSubmit} className="admin-form" noValidate>
              <FormFeedback result={disable.result} />
              <label htmlFor={disable.field('code').id}>{t.code}</label>
              <input type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={40} {...disable.field('code')} />
              <p className="field-hint">{t.disableHint}</p>
              <FieldError id={disable.errorId('code')} errors={disable.errors('code')} />
              <div className={`button-row ${styles.actions}`}>
                <button type="submit" className="button button--danger" disabled={disable.pending}>
                  {t.disable}
                </button>
              </div>
            </form>
          )}
        </>
      ) : setup ? (
        <form onSubmit={confirm.onSubmit} className="admin-form" noValidate>
          <FormFeedback result={confirm.result} />
          <p>{t.scan}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn on the server, never optimised */}
          <img className={styles.qr} src={`data:image/svg+xml;base64,${btoa(setup.qrSvg)}`} alt={t.qrAlt} width={200} height={200} />
          <label htmlFor="two-step-secret">{t.secret}</label>
          <textarea id="two-step-secret" className={styles.secret} rows={2} readOnly value={setup.secret} onFocus={(e) => e.currentTarget.select()} />
          <label htmlFor={confirm.field('code').id}>{t.code}</label>
          <input type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={40} {...confirm.field('code')} />
          <p className="field-hint">{t.codeHint}</p>
          <FieldError id={confirm.errorId('code')} errors={confirm.errors('code')} />
          <div className={`button-row ${styles.actions}`}>
            <button type="submit" className="button button--primary" disabled={confirm.pending}>
              {confirm.pending ? t.confirming : t.confirm}
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>{status.required ? t.requiredForYou : t.off}</p>
          <FormFeedback result={startResult} />
          <div className={`button-row ${styles.actions}`}>
            <button type="button" className="button button--primary" onClick={start} disabled={starting}>
              {starting ? t.starting : t.enable}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
