import { isInScope, parseList } from '../../../src/core/chat/scope';
import { decideUpload } from '../../../src/core/chat/uploads';

describe('masking scope', () => {
    test.each([
        // room type, department, scope, departments, expected
        ['l', undefined, 'livechat', [], true],
        ['c', undefined, 'livechat', [], false],
        ['d', undefined, 'livechat', [], false],
        ['c', undefined, 'all', [], true],
        ['l', 'dep1', 'livechat', ['dep1', 'dep2'], true],
        ['l', 'dep3', 'livechat', ['dep1', 'dep2'], false],
        ['l', undefined, 'livechat', ['dep1'], false],
        ['p', undefined, 'all', ['dep1'], true],
    ] as const)('room %s dept %s with scope %s %j → %s', (type, departmentId, scope, departments, expected) => {
        expect(isInScope({ type, departmentId }, { scope, departments })).toBe(expected);
    });

    test('lists are split on commas and lines, blanks dropped', () => {
        expect(parseList(' a, b,,\n c ')).toEqual(['a', 'b', 'c']);
        expect(parseList('')).toEqual([]);
    });
});

describe('upload policy', () => {
    const cfg = (policy: 'allow' | 'block_images' | 'block_all' | 'allow_listed', allowedTypes: string[] = []) => ({ policy, allowedTypes });
    test.each([
        ['image/png', cfg('block_images'), 'refuse'],
        ['application/pdf', cfg('block_images'), 'refuse'],
        ['text/plain', cfg('block_images'), 'scan'],
        ['text/csv; charset=utf-8', cfg('block_images'), 'scan'],
        ['application/json', cfg('allow'), 'scan'],
        ['image/jpeg', cfg('allow'), 'accept'],
        ['application/zip', cfg('allow'), 'accept'],
        ['text/plain', cfg('block_all'), 'refuse'],
        ['image/png', cfg('allow_listed', ['image/*']), 'accept'],
        ['image/png', cfg('allow_listed', ['text/plain']), 'refuse'],
        ['text/plain', cfg('allow_listed', ['text/plain']), 'scan'],
        ['TEXT/PLAIN', cfg('allow_listed', ['text/plain']), 'scan'],
    ] as const)('%s under %j → %s', (type, config, action) => {
        expect(decideUpload(type, config).action).toBe(action);
    });
});
