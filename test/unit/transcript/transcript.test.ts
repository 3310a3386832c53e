import { createHash } from 'crypto';
import fc from 'fast-check';
import { buildTranscript, canonicalJson, renderTranscriptText, serializeTranscript, TranscriptInputError, type TranscriptMessageInput } from '../../../src/core/transcript/model';
import { sha256Hex } from '../../../src/core/transcript/sha256';
import { syntheticMessages, syntheticRoom } from '../../support/servers/synthetic';

const room = syntheticRoom('RoomUnit0000000001');

const mixed: TranscriptMessageInput[] = [
  { id: 'm3', ts: '2026-03-04T22:12:00Z', text: 'reply in thread', senderType: 'visitor', senderId: 'VisitorTest0000001', tmid: 'm2' },
  { id: 'm1', ts: '2026-03-04T22:10:00Z', text: '', senderType: 'system', t: 'livechat-started' },
  { id: 'm2', ts: new Date('2026-03-04T22:11:00Z'), text: 'Hello, how can I help? [PERSON]', senderType: 'agent', senderId: 'AgentTest000000001', editedAt: Date.parse('2026-03-04T22:11:30Z'), editedById: 'AgentTest000000001' },
  { id: 'm4', ts: '2026-03-04T22:13:00Z', text: 'see attached', senderType: 'bot', senderId: 'BotTest00000000001', attachments: [{ title: 'lab-form.pdf', description: 'form XX/XX/XXXX', attachments: [{ text: 'quoted reply' }] }, {}] },
  { id: 'm2', ts: new Date('2026-03-04T22:11:00Z'), text: 'Hello, how can I help? [PERSON] (edited)', senderType: 'agent', senderId: 'AgentTest000000001', editedAt: Date.parse('2026-03-04T22:11:45Z') },
];

describe('buildTranscript', () => {
  const t = buildTranscript(room, mixed);

  test('schema header, room metadata, minimised visitor', () => {
    expect(t.schema).toBe('phi-conduit/transcript');
    expect(t.version).toBe('1');
    expect(t.room).toEqual({
      id: room.id, departmentId: 'DeptTest0000000001', agentIds: ['AgentTest000000001', 'AgentTest000000002'],
      openedAt: '2026-03-04T22:10:00.000Z', closedAt: '2026-03-04T23:59:30.000Z', closedBy: { type: 'agent', id: 'AgentTest000000001' }, tags: ['billing', 'synthetic'],
    });
    expect(t.visitor).toEqual({ id: 'VisitorTest0000001' });
  });

  test('visitor fields only when the setting includes them', () => {
    expect(buildTranscript(room, [], { visitorFields: ['email'] }).visitor).toEqual({ id: 'VisitorTest0000001', email: 'visitor@example.invalid' });
  });

  test('messages in time order, page overlaps deduplicated (later copy wins), system/thread/edit/attachments kept', () => {
    expect(t.messages.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(t.messages[0]).toEqual({ id: 'm1', ts: '2026-03-04T22:10:00.000Z', sender: { type: 'system' }, text: '', system: true, systemType: 'livechat-started' });
    expect(t.messages[1]).toMatchObject({ text: 'Hello, how can I help? [PERSON] (edited)', editedAt: '2026-03-04T22:11:45.000Z' });
    expect(t.messages[1]).not.toHaveProperty('editedById');
    expect(t.messages[2]).toMatchObject({ threadId: 'm2', sender: { type: 'visitor', id: 'VisitorTest0000001' } });
    expect(t.messages[3].attachments).toEqual([{ title: 'lab-form.pdf', description: 'form XX/XX/XXXX' }, { text: 'quoted reply' }]);
    expect(t.counts).toEqual({ messages: 4, systemMessages: 1, threadReplies: 1, edited: 1 });
  });

  test('bad input is refused', () => {
    expect(() => buildTranscript({ ...room, id: '' }, [])).toThrow(TranscriptInputError);
    expect(() => buildTranscript(room, [{ id: 'x', ts: 'not a date', senderType: 'agent' }])).toThrow('message ts is not a valid time');
    expect(() => buildTranscript({ ...room, visitor: { id: '' } }, [])).toThrow('visitor id');
  });
});

describe('serialisation', () => {
  test('deterministic: same input in any order gives identical bytes', () => {
    const a = serializeTranscript(buildTranscript(room, mixed));
    const b = serializeTranscript(buildTranscript({ ...room, agentIds: [...room.agentIds!].reverse(), tags: ['synthetic', 'billing', 'billing'] }, [...mixed.slice(0, 4)].reverse().concat(mixed[4])));
    expect(b).toBe(a);
    expect(a.endsWith('\n')).toBe(true);
    expect(JSON.parse(a).version).toBe('1');
  });

  test('keys are sorted at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}\n');
  });

  test('property: any message order and duplication yields the same document', () => {
    const msgs = syntheticMessages(room.id, 30);
    const reference = serializeTranscript(buildTranscript(room, msgs));
    fc.assert(fc.property(fc.shuffledSubarray(msgs, { minLength: 0, maxLength: 30 }), fc.array(fc.nat(29), { maxLength: 10 }), (shuffled, dups) => {
      const rest = msgs.filter((m) => !shuffled.includes(m));
      const input = [...shuffled, ...dups.map((i) => msgs[i]), ...rest];
      return serializeTranscript(buildTranscript(room, input)) === reference;
    }), { numRuns: 50 });
  });
});

describe('text rendering', () => {
  test('human-readable with header, system, thread, edit and attachment lines', () => {
    const text = renderTranscriptText(buildTranscript(room, mixed));
    expect(text).toContain('Room: RoomUnit0000000001');
    expect(text).toContain('Closed: 2026-03-04T23:59:30.000Z by agent AgentTest000000001');
    expect(text).toContain('[2026-03-04T22:10:00.000Z] system:livechat-started: ');
    expect(text).toContain('  [thread m2] [2026-03-04T22:12:00.000Z] visitor VisitorTest0000001: reply in thread');
    expect(text).toContain('    (edited 2026-03-04T22:11:45.000Z)');
    expect(text).toContain('    [attachment] lab-form.pdf — form XX/XX/XXXX');
    expect(text).not.toContain('visitor@example.invalid');
  });

  test('multi-line text stays indented under its message', () => {
    const text = renderTranscriptText(buildTranscript(room, [{ id: 'a', ts: 0, text: 'line one\nline two', senderType: 'agent', senderId: 'A1' }]));
    expect(text).toContain('agent A1: line one\n    line two\n');
  });
});

describe('pure sha256', () => {
  test.each(['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'ü€😀', 'x'.repeat(1000)])('matches node:crypto for %#', (s) => {
    expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });
});
