// The staff events of the contract (docs/api.md, Staff events): who sends each, and the fields of its body.
// A field: { name, label, kind: 'text' | 'textarea' | 'select' | 'yesno' | 'instant' | 'money', options?, required?, hint? }.
const PAYMENT_FIELDS = [
  { name: 'payment.instrument', label: 'Instrument', kind: 'select', options: ['Check', 'MoneyOrder', 'CashiersCheck', 'Cash'], required: true },
  { name: 'payment.amount', label: 'Amount (dollars)', kind: 'money', required: true },
  { name: 'payment.number', label: 'Instrument number', kind: 'text' },
  { name: 'payment.payableTo', label: 'Payable to', kind: 'text' },
];

export const EVENTS = {
  'scanning-completed': { role: 'intake', label: 'Scanning completed', fields: [] },
  'documents-reviewed': { role: 'intake', label: 'Review the documents', fields: [
    { name: 'residencyConfirmed', label: 'Residency confirmed', kind: 'yesno', required: true },
  ], verdicts: true },
  'supplemental-mail-received': { role: 'intake', label: 'Supplemental mail received', fields: [
    { name: 'hasPayment', label: 'It holds a replacement payment', kind: 'yesno', hint: 'Answer yes to record the instrument found in it.' },
    ...PAYMENT_FIELDS.map((f) => ({ ...f, required: false, when: 'hasPayment' })),
  ] },
  'payment-deposited': { role: 'cashier', label: 'Payment deposited', fields: [
    { name: 'depositReference', label: 'Deposit reference', kind: 'text', required: true },
  ] },
  'payment-cleared': { role: 'cashier', label: 'Payment cleared', fields: [] },
  'payment-dishonored': { role: 'cashier', label: 'Payment dishonored', fields: [
    { name: 'reason', label: 'Reason', kind: 'text', required: true },
  ] },
  'replacement-payment-received': { role: 'cashier', label: 'Replacement payment received', fields: PAYMENT_FIELDS },
  'records-checked': { role: 'records', label: 'Records checked', fields: [
    { name: 'result', label: 'Result', kind: 'select', options: ['NoRecord', 'RecordFound'], required: true },
    { name: 'summary', label: 'Summary', kind: 'textarea' },
  ] },
  'supervisor-decided': { role: 'supervisor', label: 'Decide', fields: [
    { name: 'decision', label: 'Decision', kind: 'select', options: ['IssueWithDisclosure', 'Deny'], required: true },
    { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
  ] },
  'letter-approved': { role: 'supervisor', label: 'Approve the letter or certificate', fields: [] },
  'correspondence-mailed': { role: 'mailroom', label: 'Mark mailed', fields: [
    { name: 'itemId', label: 'Item', kind: 'select', options: 'outbox', required: true },
  ] },
  'identity-verified': { role: 'investigator', label: 'Identity verified', fields: [
    { name: 'result', label: 'Result', kind: 'select', options: ['Match', 'NoMatch'], required: true,
      hint: 'Match: the person is the one arrested (the case closes, not exonerated).' },
  ] },
  'investigation-completed': { role: 'investigator', label: 'Investigation completed', fields: [
    { name: 'result', label: 'Result', kind: 'select', options: ['Exonerable', 'NeedsReturnVisit', 'NotSubstantiated'], required: true },
    { name: 'returnVisitAt', label: 'Return visit', kind: 'instant', hint: 'Only with "Needs return visit".' },
  ] },
  'return-visit-rescheduled': { role: 'investigator', label: 'Reschedule the return visit', fields: [
    { name: 'returnVisitAt', label: 'New return visit', kind: 'instant', required: true },
  ] },
  'return-visit-recorded': { role: 'investigator', label: 'Return visit recorded', fields: [] },
  'final-verification-completed': { role: 'investigator', label: 'Final verification completed', fields: [
    { name: 'verified', label: 'Verified', kind: 'yesno', required: true },
  ] },
  'agency-reviewed': { role: 'investigator', label: 'Agency review', fields: [
    { name: 'recommendation', label: 'Recommendation', kind: 'select', options: ['Grant', 'Deny'], required: true },
    { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
  ] },
  'prosecutor-responded': { role: 'supervisor', label: "Prosecutor's answer", fields: [
    { name: 'concurs', label: 'The prosecutor concurs', kind: 'yesno', required: true },
    { name: 'reason', label: 'Reason', kind: 'textarea' },
  ] },
  'records-destroyed': { role: 'records', label: 'Records destroyed', fields: [],
    hint: "Destroys the case's personal data; only its tombstone remains." },
  'letter-revoked': { role: 'supervisor', label: 'Revoke a letter or certificate', fields: [
    { name: 'verificationCode', label: 'Verification code', kind: 'select', options: 'verifiable', required: true },
    { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
  ] },
};

// The body of an event from the form's values (strings), by the field definitions: nested names become objects.
export function bodyOf(eventType, values, verdicts) {
  const definition = EVENTS[eventType];
  const body = {};
  for (const field of definition.fields) {
    if (field.name === 'hasPayment') continue;
    if (field.when && values[field.when] !== 'true') continue;
    const raw = values[field.name];
    if (raw === undefined || raw === '') continue;
    let value = raw;
    if (field.kind === 'yesno') value = raw === 'true';
    else if (field.kind === 'money') value = Number(raw);
    else if (field.kind === 'instant') { const at = new Date(raw); value = Number.isNaN(at.getTime()) ? raw : at.toISOString(); }
    const path = field.name.split('.');
    let target = body;
    for (const key of path.slice(0, -1)) target = target[key] ??= {};
    target[path[path.length - 1]] = value;
  }
  if (definition.verdicts) {
    body.verdicts = Object.entries(verdicts).map(([documentId, v]) => ({
      documentId, accepted: v.accepted, ...(v.accepted || !v.reason ? {} : { reason: v.reason }),
    }));
  }
  if (values.note) body.note = values.note;
  return body;
}
