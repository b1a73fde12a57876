using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Threading;

namespace BindNoPort.Tests.Runtime;

/// <summary>A backend that refuses chosen options as the kernel would, and counts the calls that reach it.</summary>
internal sealed class ScriptedSocketOptionBackend : SocketOptionBackend
{
    private readonly ConcurrentDictionary<(int Level, int Name), (SocketOptionRefusalKind Kind, int Errno)> _answers = new();
    private readonly ConcurrentDictionary<(int Level, int Name), int> _calls = new();

    /// <summary>Calls of any option.</summary>
    internal int SetCalls => Volatile.Read(ref _setCalls);

    private int _setCalls;

    /// <summary>Calls of one option.</summary>
    internal int CallsOf(int level, int name) => _calls.TryGetValue((level, name), out int calls) ? calls : 0;

    /// <summary>From now on, (level, name) is refused with a fresh exception for <paramref name="errno"/>.</summary>
    internal ScriptedSocketOptionBackend Refuse(int level, int name, SocketOptionRefusalKind kind, int errno)
    {
        _answers[(level, name)] = (kind, errno);
        return this;
    }

    internal override SocketOptionRefusal? SetInt32(Socket socket, int level, int name, int value)
    {
        Interlocked.Increment(ref _setCalls);
        _calls.AddOrUpdate((level, name), 1, (_, calls) => calls + 1);
        return _answers.TryGetValue((level, name), out var answer)
            ? new SocketOptionRefusal(answer.Kind, new SocketException(answer.Errno))
            : null;
    }
}
