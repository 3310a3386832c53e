/** Synthetic rooms and messages for tests: ids and text are invented, no real person's data. */
import type { TranscriptMessageInput, TranscriptRoomInput } from '../../../src/core/transcript/model';

export function syntheticRoom(id: string, overrides: Partial<TranscriptRoomInput> = {}): TranscriptRoomInput {
  return {
    id,
    departmentId: 'DeptTest0000000001',
    agentIds: ['AgentTest000000002', 'AgentTest000000001'],
    openedAt: '2026-03-04T22:10:00.000Z',
    closedAt: '2026-03-04T23:59:30.000Z',
    closedBy: { type: 'agent', id: 'AgentTest000000001' },
    tags: ['billing', 'synthetic'],
    visitor: { id: 'VisitorTest0000001', name: 'Test Visitor', email: 'visitor@example.invalid', phone: '+1-555-0100' },
    ...overrides,
  };
}

export function syntheticMessages(roomId: string, count: number): TranscriptMessageInput[] {
  const start = Date.parse('2026-03-04T22:10:00.000Z');
  const out: TranscriptMessageInput[] = [];
  for (let i = 0; i < count; i++) {
    const agent = i % 2 === 0;
    out.push({
      id: `${roomId.slice(0, 8)}Msg${String(i).padStart(6, '0')}`,
      ts: start + i * 1000,
      text: agent ? `Agent reply number ${i}: your order ticket TCK-${1000 + i} is noted.` : `Visitor question ${i}: my DOB is XX/XX/XXXX (masked).`,
      senderId: agent ? 'AgentTest000000001' : 'VisitorTest0000001',
      senderType: agent ? 'agent' : 'visitor',
    });
  }
  return out;
}
