import type { ILogger, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { FileUploadNotAllowedException } from '@rocket.chat/apps-engine/definition/exceptions';
import type { ILivechatRoom } from '@rocket.chat/apps-engine/definition/livechat';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IFileUploadContext } from '@rocket.chat/apps-engine/definition/uploads';
import { uploadRefusedText } from '../../core/chat/notices';
import { isInScope } from '../../core/chat/scope';
import { decideUpload } from '../../core/chat/uploads';
import type { Label } from '../../core/types';
import type { ConfigStore } from '../config/ConfigStore';
import { errorKind, LogEvent, logInfo } from '../logging/LogEvent';

/** Text files larger than this are refused rather than scanned (a scan must finish well inside the call timeout). */
export const MAX_SCANNED_UPLOAD_BYTES = 8 * 1024 * 1024;

/**
 * IPreFileUpload: applies the upload policy in protected rooms. A file cannot be rewritten, so a
 * text-like file that holds PHI is refused. Refusing means throwing the engine's
 * FileUploadNotAllowedException; any other failure also refuses (fail closed).
 */
export class UploadGuard {
    constructor(private readonly config: ConfigStore) {}

    public async check(context: IFileUploadContext, read: IRead, logger: ILogger): Promise<void> {
        let refusal: string | undefined;
        let labels: readonly Label[] = [];
        try {
            const active = await this.config.get(read, logger);
            if (!active.masking.enabled) {
                return;
            }
            const room = await read.getRoomReader().getById(context.file.rid);
            // An unknown room is treated as protected.
            if (room) {
                const departmentId = room.type === RoomType.LIVE_CHAT ? (room as ILivechatRoom).department?.id : undefined;
                if (!isInScope({ type: room.type, departmentId }, active.masking.scope)) {
                    return;
                }
            }
            const decision = decideUpload(context.file.type ?? '', active.masking.uploads);
            if (decision.action === 'refuse') {
                refusal = decision.reason;
            } else if (decision.action === 'scan') {
                const bytes = toBytes(context.content);
                if (bytes.length > MAX_SCANNED_UPLOAD_BYTES) {
                    refusal = 'unchecked';
                } else {
                    const { policy } = active.masking;
                    const text = new TextDecoder('utf-8').decode(bytes);
                    const found = new Set(active.scanner.scan(text).findings.map((f) => f.type)
                        .filter((l) => policy.maskLabels.has(l) || policy.blockLabels.has(l)));
                    if (found.size > 0) {
                        refusal = 'phi_found';
                        labels = [...found].sort();
                    }
                }
            }
        } catch (e) {
            logInfo(logger, LogEvent.UploadRefused, { reason: 'unchecked', error: errorKind(e) });
            throw new FileUploadNotAllowedException(uploadRefusedText('unchecked'));
        }
        if (refusal) {
            logInfo(logger, LogEvent.UploadRefused, { reason: refusal, labels });
            throw new FileUploadNotAllowedException(uploadRefusedText(refusal as Parameters<typeof uploadRefusedText>[0], labels));
        }
    }
}

function toBytes(content: unknown): Uint8Array {
    if (content instanceof Uint8Array) {
        return content;
    }
    // Through the JSON-RPC bridge a Buffer may arrive as { type: 'Buffer', data: number[] }.
    const data = (content as { data?: unknown })?.data;
    if (Array.isArray(data)) {
        return Uint8Array.from(data as number[]);
    }
    if (typeof content === 'string') {
        return new TextEncoder().encode(content);
    }
    throw new TypeError('unreadable upload content');
}
