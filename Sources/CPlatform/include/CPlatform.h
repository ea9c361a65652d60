// Small system calls that Swift cannot reach directly (syscall() is variadic).
// No stable API: only LossbookEngine's data-file opener uses this module.
#ifndef LOSSBOOK_CPLATFORM_H
#define LOSSBOOK_CPLATFORM_H

/// openat2(dirfd, path, {flags, RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS}): opens `path` only if
/// it resolves beneath `dirfd`, symbolic links included. Returns a descriptor, or -1 with errno
/// (EXDEV for an escape, ENOSYS where the kernel or libc lacks openat2).
int lb_openat2_beneath(int dirfd, const char *path, int flags);

#endif
