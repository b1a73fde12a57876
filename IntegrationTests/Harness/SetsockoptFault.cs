using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using Tmds.Linux;
using static Tmds.Linux.LibC;

namespace BindNoPort.IntegrationTests.Harness;

/// <summary>
/// Makes the kernel refuse setsockopt(fd, level, name, ...) of one option for the whole process with a chosen errno,
/// and counts every such call. A seccomp filter (prctl PR_SET_NO_NEW_PRIVS, then seccomp
/// SET_MODE_FILTER with TSYNC, so every thread of the runtime is covered) hands each matching call to a supervisor
/// thread through a user-notification descriptor; the supervisor counts it and answers with the errno.
/// SECCOMP_RET_ERRNO alone would refuse without counting, and no counting action (LOG, TRACE) can stand beside it:
/// the kernel keeps the highest-precedence action of all filters, and ERRNO outranks them. A filter cannot be
/// removed: install it only in a scenario's own process.
/// </summary>
public sealed unsafe class SetsockoptFault
{
    // Tmds.LibC 0.5.0 has syscall() and ioctl() but neither prctl nor seccomp, nor their numbers; these are Linux's.
    private const int PrSetNoNewPrivs = 38;
    private const int SeccompSetModeFilter = 1;
    private const uint FilterFlagTsync = 1;
    private const uint FilterFlagNewListener = 8;
    private const uint FilterFlagTsyncEsrch = 16; // TSYNC with NEW_LISTENER needs it (Linux 5.7+)
    private const uint RetAllow = 0x7fff0000;
    private const uint RetUserNotif = 0x7fc00000;
    private const ushort LoadWordAbsolute = 0x20; // BPF_LD | BPF_W | BPF_ABS
    private const ushort JumpIfEqual = 0x15;      // BPF_JMP | BPF_JEQ | BPF_K
    private const ushort Return = 0x06;           // BPF_RET | BPF_K
    private const uint OffsetOfNr = 0;            // struct seccomp_data
    private const uint OffsetOfArch = 4;
    private const uint OffsetOfArg1 = 24;         // low half of args[1] on little-endian
    private const uint OffsetOfArg2 = 32;
    private const int NotificationSize = 80;      // struct seccomp_notif
    private const int ResponseSize = 24;          // struct seccomp_notif_resp
    private const int IoctlReceive = unchecked((int)0xC0502100); // SECCOMP_IOCTL_NOTIF_RECV
    private const int IoctlSend = unchecked((int)0xC0182101);    // SECCOMP_IOCTL_NOTIF_SEND

    private readonly int listener;
    private readonly int errnoToAnswer;
    private int calls;

    private SetsockoptFault(int listener, int errnoToAnswer)
    {
        this.listener = listener;
        this.errnoToAnswer = errnoToAnswer;
        new Thread(Supervise) { IsBackground = true, Name = "setsockopt fault" }.Start();
    }

    /// <summary>How many matching setsockopt calls the kernel has handed over so far (each answered with the errno).</summary>
    public int Calls => Volatile.Read(ref calls);

    /// <summary>
    /// <see cref="Install"/> for IP_BIND_ADDRESS_NO_PORT. Not inlined, so a caller that does not call it (the host
    /// without a fault) never resolves Tmds.LibC: LibcLoadingTests need a process that has not loaded it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static SetsockoptFault RefuseBindAddressNoPort(int errnoToAnswer) => Install(SOL_IP, IP_BIND_ADDRESS_NO_PORT, errnoToAnswer);

    /// <summary>From now on, every thread's setsockopt(fd, level, name, ...) fails with <paramref name="errnoToAnswer"/>.</summary>
    public static SetsockoptFault Install(int level, int name, int errnoToAnswer)
    {
        if (errnoToAnswer <= 0 || errnoToAnswer > 4095)
        {
            throw new ArgumentOutOfRangeException(nameof(errnoToAnswer), errnoToAnswer, "An errno lies between 1 and 4095.");
        }

        var abi = SyscallAbi.OfThisProcess();
        if ((long)(ssize_t)syscall(abi.Prctl, PrSetNoNewPrivs, 1, 0, 0, 0) != 0)
        {
            throw new InvalidOperationException($"prctl(PR_SET_NO_NEW_PRIVS) failed with errno {errno}.");
        }

        SockFilter* program = stackalloc SockFilter[]
        {
            new(LoadWordAbsolute, 0, 0, OffsetOfArch),
            new(JumpIfEqual, 0, 7, abi.AuditArch),
            new(LoadWordAbsolute, 0, 0, OffsetOfNr),
            new(JumpIfEqual, 0, 5, (uint)abi.Setsockopt),
            new(LoadWordAbsolute, 0, 0, OffsetOfArg1),
            new(JumpIfEqual, 0, 3, (uint)level),
            new(LoadWordAbsolute, 0, 0, OffsetOfArg2),
            new(JumpIfEqual, 0, 1, (uint)name),
            new(Return, 0, 0, RetUserNotif),
            new(Return, 0, 0, RetAllow),
        };
        var filter = new SockFprog { Length = 10, Filter = program };
        var listener = (long)(ssize_t)syscall(abi.Seccomp, SeccompSetModeFilter, FilterFlagTsync | FilterFlagTsyncEsrch | FilterFlagNewListener, &filter);
        if (listener < 0)
        {
            throw new InvalidOperationException($"seccomp(SECCOMP_SET_MODE_FILTER) failed with errno {errno}.");
        }

        return new SetsockoptFault((int)listener, errnoToAnswer);
    }

    private void Supervise()
    {
        byte* notification = stackalloc byte[NotificationSize];
        byte* response = stackalloc byte[ResponseSize];
        while (true)
        {
            // The kernel refuses a notification buffer that is not zeroed.
            new Span<byte>(notification, NotificationSize).Clear();
            if (ioctl(listener, IoctlReceive, notification) != 0)
            {
                if (errno == EINTR)
                {
                    continue;
                }

                return;
            }

            Interlocked.Increment(ref calls);
            new Span<byte>(response, ResponseSize).Clear();
            *(ulong*)response = *(ulong*)notification; // the id
            *(int*)(response + 16) = -errnoToAnswer;   // error; val and flags stay 0
            ioctl(listener, IoctlSend, response);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct SockFilter(ushort code, byte jumpIfTrue, byte jumpIfFalse, uint operand)
    {
        private readonly ushort code = code;
        private readonly byte jumpIfTrue = jumpIfTrue;
        private readonly byte jumpIfFalse = jumpIfFalse;
        private readonly uint operand = operand;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct SockFprog
    {
        public ushort Length;
        public SockFilter* Filter;
    }

    /// <summary>The syscall numbers and audit architecture seccomp sees for this process.</summary>
    private sealed record SyscallAbi(uint AuditArch, int Prctl, int Seccomp, int Setsockopt)
    {
        public static SyscallAbi OfThisProcess() => RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => new(0xC000003E, 157, 317, 54),
            Architecture.Arm64 => new(0xC00000B7, 167, 277, 208),
            var other => throw new PlatformNotSupportedException($"No seccomp syscall numbers are known here for {other}."),
        };
    }
}
