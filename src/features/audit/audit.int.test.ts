import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from '../../../test/support/test-database.ts';
import { AuditService, csvCell } from './audit.service.ts';

for (const kind of testDatabaseKinds()) {
  describe(`the audit trail on ${kind}`, () => {
    let database: TestDatabase;
    let audit: AuditService;
    let now = new Date('2026-12-01T10:00:00Z');
    before(async () => {
      database = await openTestDatabase(kind);
      audit = new AuditService(database.db, { now: () => now });
      const { id } = await database.db.insertInto('staff_users').values({ email: 'staff@example.eu', display_name: 'Staff', role: 'editor', password_hash: 'x' }).returning('id').executeTakeFirstOrThrow();
      for (const [day, email, action] of [
        ['2026-12-01', 'ada@example.eu', 'user.create'],
        ['2026-12-02', 'edna@example.eu', 'sign-in'],
        ['2026-12-03', 'edna@example.eu', 'draft.edit'],
        ['2026-12-04', 'paula@example.eu', 'draft.publish'],
      ] as const) {
        now = new Date(`${day}T10:00:00Z`);
        await audit.record({ staff: { id: Number(id), email }, origin: { address: '203.0.113.1', userAgent: 'Firefox' }, action, subject: 'medicine:lumykras', details: { note: `${action} on ${day}` } });
      }
    });
    after(() => database.dispose());

    test('an event keeps who, when, from where and what', async () => {
      const { events } = await audit.search({ action: 'draft.publish' });
      assert.equal(events.length, 1);
      const [event] = events;
      assert.equal(event!.actorEmail, 'paula@example.eu');
      assert.equal(event!.at.toISOString(), '2026-12-04T10:00:00.000Z');
      assert.equal(event!.address, '203.0.113.1');
      assert.equal(event!.userAgent, 'Firefox');
      assert.equal(event!.subject, 'medicine:lumykras');
      assert.deepEqual(event!.details, { note: 'draft.publish on 2026-12-04' });
    });

    test('the database refuses to update, delete or truncate an event, whoever asks', async () => {
      await assert.rejects(sql`update audit_events set action = 'nothing'`.execute(database.db), /append-only: UPDATE/);
      await assert.rejects(sql`delete from audit_events`.execute(database.db), /append-only: DELETE/);
      await assert.rejects(sql`truncate audit_events`.execute(database.db), /append-only: TRUNCATE/);
      const { events } = await audit.search({});
      assert.equal(events.length, 4);
      assert.ok(events.every((e) => e.action !== 'nothing'));
    });

    test('the trail is searched by user, action (or a family of them) and an inclusive range of days', async () => {
      assert.deepEqual((await audit.search({ actor: 'EDNA' })).events.map((e) => e.action), ['draft.edit', 'sign-in']);
      assert.deepEqual((await audit.search({ action: 'draft.' })).events.map((e) => e.action), ['draft.publish', 'draft.edit']);
      assert.deepEqual((await audit.search({ from: '2026-12-02', to: '2026-12-03' })).events.map((e) => e.action), ['draft.edit', 'sign-in']);
      await assert.rejects(audit.search({ from: '2026-13-40' }), /not a date/);
      await assert.rejects(audit.search({ from: '2026-12-04', to: '2026-12-01' }), /first day is after the last/);
    });

    test('pages follow one another newest first without overlap', async () => {
      const first = await audit.search({}, null, 3);
      assert.equal(first.events.length, 3);
      assert.ok(first.nextBeforeId);
      const second = await audit.search({}, first.nextBeforeId, 3);
      assert.deepEqual(second.events.map((e) => e.action), ['user.create']);
      assert.equal(second.nextBeforeId, null);
    });

    test('the CSV export holds the matching events, quoted where needed', async () => {
      const { csv, rows, truncated } = await audit.exportCsv({ actor: 'edna' });
      assert.equal(rows, 2);
      assert.equal(truncated, false);
      const lines = csv.trimEnd().split('\r\n');
      assert.equal(lines[0], 'id,at,actor_email,action,subject,address,user_agent,details');
      assert.match(lines[1]!, /,2026-12-03T10:00:00.000Z,edna@example.eu,draft.edit,medicine:lumykras,203.0.113.1,Firefox,"{""note"":""draft.edit on 2026-12-03""}"$/);
    });
  });
}

test('a CSV cell that a spreadsheet would run as a formula is defused', () => {
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('plain'), 'plain');
});
