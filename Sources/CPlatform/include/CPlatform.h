// Small system calls that Swift cannot reach directly (syscall() is variadic).
// No stable API: only LossbookEngine's data-file opener and report publisher use this module.
#ifndef LOSSBOOK_CPLATFORM_H
#define LOSSBOOK_CPLATFORM_H

/// openat2(dirfd, path, {flags, RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS}): opens `path` only if
/// it resolves beneath `dirfd`, symbolic links included. Returns a descriptor, or -1 with errno
/// (EXDEV for an escape, ENOSYS where the kernel or libc lacks openat2).
int lb_openat2_beneath(int dirfd, const char *path, int flags);

/// The flags of lb_renameat2 (the kernel's values, so no header of a newer libc is needed).
#define LB_RENAME_NOREPLACE 1
#define LB_RENAME_EXCHANGE 2

/// renameat2(olddirfd, oldpath, newdirfd, newpath, flags): with LB_RENAME_EXCHANGE swaps the two
/// names atomically; with LB_RENAME_NOREPLACE fails with EEXIST instead of replacing. Returns 0,
/// or -1 with errno (ENOSYS or EINVAL where the kernel or the file system lacks it).
int lb_renameat2(int olddirfd, const char *oldpath, int newdirfd, const char *newpath, unsigned int flags);

#endif
