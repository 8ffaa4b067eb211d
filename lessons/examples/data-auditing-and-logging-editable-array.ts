// The naive mistake: an audit log that whoever runs the database can
// change, here a plain array (a table with UPDATE and DELETE rights is
// the same). An admin covers their tracks; run it and see who notices.
interface Entry {
  time: string;
  actor: string;
  action: string;
  resource: string;
  record: string;
  purpose: string;
}

const auditLog: Entry[] = [
  entry('08:07', 'staff-17', 'read', 'patient', 'treatment'),
  entry('08:14', 'staff-17', 'update', 'vitals', 'treatment'),
  entry('08:21', 'admin-2', 'export', 'patient', 'support'),
  entry('08:28', 'staff-08', 'read', 'appointment', 'scheduling'),
  entry('08:35', 'admin-2', 'read', 'patient', 'support'),
  entry('08:42', 'staff-17', 'read', 'patient', 'treatment'),
];

function entry(
  time: string,
  actor: string,
  action: string,
  resource: string,
  purpose: string,
): Entry {
  const record = 'chart-1001';
  return { time, actor, action, resource, record, purpose };
}

// What such a log can check: that each entry is well formed.
function checkLog(entries: Entry[]): boolean {
  return entries.every((e) => e.time && e.actor && e.action);
}

const show = (entries: Entry[]) =>
  entries.forEach((e, i) =>
    console.log(i, e.time, e.actor, e.action, e.resource),
  );

console.log('Before:');
show(auditLog);

// admin-2 exported a patient's chart. The export becomes a read,
// and the second look at the chart disappears.
auditLog[2]!.action = 'read';
auditLog.splice(4, 1);

console.log('\nAfter:');
show(auditLog);
console.log('\nThe log checks out:', checkLog(auditLog));
console.log('Entries:', auditLog.length, '(nothing says there were 6)');
