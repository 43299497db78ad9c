// Litestream's configuration as npm start writes it (scripts/lib/replica.mjs): where the replica
// goes, shipping within a second, the nightly snapshot kept a week, S3 secrets by reference only.
import { describe, expect, it } from 'vitest';
import { defaultReplicaUrl, litestreamConfig, litestreamEnv, normalizeReplicaUrl, replicaUrlProblem } from '../../scripts/lib/replica.mjs';

describe('the replica of data.db', () => {
	it('defaults to a folder beside the data folder, which losing the data folder leaves', () => {
		expect(defaultReplicaUrl('/srv/km/pb_data')).toBe('file:///srv/km/pb_replica');
		expect(defaultReplicaUrl('/tmp/restored')).toBe('file:///tmp/restored-replica');
	});

	it('takes file://relative and bare paths relative to the current folder', () => {
		expect(normalizeReplicaUrl('file:///var/backup/km')).toBe('file:///var/backup/km');
		expect(normalizeReplicaUrl('file://rel/km')).toBe(`file://${process.cwd()}/rel/km`);
		expect(normalizeReplicaUrl('s3://bucket/km/data.db')).toBe('s3://bucket/km/data.db');
	});

	it('refuses other schemes and an S3 replica without keys, in Vietnamese', () => {
		expect(replicaUrlProblem('ftp://x/y', {})).toContain('chỉ nhận file:// hoặc s3://');
		expect(replicaUrlProblem('s3://bucket/km', {})).toContain('thiếu biến môi trường S3_ACCESS_KEY, S3_SECRET');
		expect(replicaUrlProblem('s3://bucket/km', { S3_ACCESS_KEY: 'a', S3_SECRET: 'b' })).toBeNull();
	});

	it('ships a change within a second (200 ms monitor + 500 ms sync), snapshots nightly, keeps a week, checkpoints rarely', () => {
		const yml = litestreamConfig('/d/data.db', 'file:///r');
		expect(yml).toContain('monitor-interval: 200ms');
		expect(yml).toContain('sync-interval: 500ms');
		expect(yml).toMatch(/snapshot:\n {2}interval: 24h\n {2}retention: 168h/);
		expect(yml).toContain('min-checkpoint-page-count: 25000');
		expect(yml).toContain('type: file');
		expect(yml).toContain('path: "/r"');
	});

	it('writes S3 settings as ${VAR} references, never the secrets', () => {
		const env = { S3_ENDPOINT: 'http://127.0.0.1:7070', S3_REGION: 'us-east-1', S3_ACCESS_KEY: 'the-key', S3_SECRET: 'the-secret' };
		const yml = litestreamConfig('/d/data.db', 's3://bucket/km/data.db', env);
		expect(yml).toContain('url: "s3://bucket/km/data.db"');
		expect(yml).toContain('secret-access-key: ${S3_SECRET}');
		expect(yml).toContain('force-path-style: true');
		expect(yml).not.toContain('the-secret');
		expect(yml).not.toContain('the-key');
	});

	it('drops AWS_CA_BUNDLE for a plain-http endpoint, keeps it for https', () => {
		expect(litestreamEnv({ AWS_CA_BUNDLE: '/ca.pem', S3_ENDPOINT: 'http://127.0.0.1:7070' }).AWS_CA_BUNDLE).toBeUndefined();
		expect(litestreamEnv({ AWS_CA_BUNDLE: '/ca.pem', S3_ENDPOINT: 'https://s3.example.vn' }).AWS_CA_BUNDLE).toBe('/ca.pem');
	});
});
