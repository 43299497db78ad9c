import { submissionExport } from '$lib/server/xlsx/submission-export';
import type { RequestHandler } from './$types';

// "Danh sách chi bộ đăng ký xây dựng chi bộ kiểu mẫu" of the officer's committee (?programme=).
export const GET: RequestHandler = ({ locals, url }) => submissionExport(locals, url, 'registration');
