// Errors of the operating system (a symlink loop, no permission, a full disk…) as plain messages for
// people: what happened, where, and what to do, Indonesian first. Never a stack trace (issue 7, item 11).

import { message, type Message } from './messages.ts';

export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** What a system error code means and what to do, in both languages. */
const EXPLAINED: Record<string, [string, string]> = {
  ELOOP: [
    'tautan simbolik (symlink) yang berputar ke dirinya sendiri: hapus atau perbaiki tautan itu',
    'a symbolic link that loops back on itself: remove or fix that link',
  ],
  EACCES: [
    'tidak ada izin membaca atau menulis: periksa izin (chmod/chown) atau jalankan sebagai pemiliknya',
    'no permission to read or write it: check its permissions (chmod/chown) or run as its owner',
  ],
  EPERM: [
    'operasi tidak diizinkan: periksa izin (chmod/chown) atau jalankan sebagai pemiliknya',
    'the operation is not permitted: check its permissions (chmod/chown) or run as its owner',
  ],
  ENOSPC: ['disk penuh: kosongkan ruang disk lalu jalankan lagi', 'the disk is full: free some disk space and run again'],
  EDQUOT: ['kuota disk habis: kosongkan ruang lalu jalankan lagi', 'the disk quota is used up: free some space and run again'],
  EROFS: ['sistem berkas hanya-baca: pilih folder yang dapat ditulisi', 'a read-only file system: choose a folder that can be written'],
  ENOENT: [
    'tidak ada (terhapus atau dipindah selama berjalan?): periksa jalurnya lalu jalankan lagi',
    'it does not exist (deleted or moved while running?): check the path and run again',
  ],
  ENOTDIR: ['bagian dari jalur ini bukan folder: periksa jalurnya', 'part of this path is not a folder: check the path'],
  EISDIR: ['ini folder, bukan berkas: periksa jalurnya', 'it is a folder, not a file: check the path'],
  EMFILE: [
    'terlalu banyak berkas terbuka: tutup program lain lalu jalankan lagi',
    'too many open files: close other programs and run again',
  ],
  EIO: ['kesalahan baca/tulis perangkat: periksa disknya', 'an input/output error of the device: check the disk'],
  ENAMETOOLONG: ['nama atau jalur terlalu panjang: persingkat', 'the name or path is too long: shorten it'],
};

/** A system error as a message that names the path and a fix. */
export function systemErrorMessage(error: NodeJS.ErrnoException & { dest?: string }): Message {
  const where = error.path ? `${error.path}${error.dest ? ` → ${error.dest}` : ''}` : '';
  const [id, en] = EXPLAINED[error.code ?? ''] ?? [
    'kesalahan sistem: periksa jalur dan disknya, lalu jalankan lagi',
    'a system error: check the path and the disk, then run again',
  ];
  const code = `(${error.code}${error.syscall ? ` ${error.syscall}` : ''})`;
  return message(`${where ? `${where}: ` : ''}${id} ${code}`, `${where ? `${where}: ` : ''}${en} ${code}`);
}
