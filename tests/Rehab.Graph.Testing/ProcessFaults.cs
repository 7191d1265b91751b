using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Rehab.Graph.Testing;

/// <summary>What can happen to a process from outside: frozen (SIGSTOP) and thawed, stopped cleanly (SIGTERM), killed (SIGKILL).</summary>
public static class ProcessFaults
{
    private const int SigKill = 9;
    private const int SigTerm = 15;
    private const int SigCont = 18;
    private const int SigStop = 19;

    public static void Freeze(int pid) => Send(pid, SigStop);

    public static void Thaw(int pid) => Send(pid, SigCont);

    /// <summary>SIGTERM, as an administrator's <c>kill</c> would send, then waits until the process has gone.</summary>
    public static void Stop(int pid)
    {
        Send(pid, SigTerm);
        WaitForExit(pid);
    }

    /// <summary>SIGKILL, as a crash or the OOM killer would, then waits until the process has gone.</summary>
    public static void Kill(int pid)
    {
        Send(pid, SigKill);
        WaitForExit(pid);
    }

    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The Neo4j recorded in an instance's <c>server.json</c>: its pid and port, and the pid of the process that owns it.</summary>
    public static (int Pid, int Port, int? Owner)? ServerOf(string instanceDirectory)
    {
        var file = Path.Combine(instanceDirectory, "server.json");
        if (!File.Exists(file))
        {
            return null;
        }

        var state = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        var owner = state.TryGetProperty("OwnerPid", out var o) && o.ValueKind == JsonValueKind.Number ? o.GetInt32() : (int?)null;
        return (state.GetProperty("Pid").GetInt32(), state.GetProperty("Port").GetInt32(), owner);
    }

    private static void Send(int pid, int signal)
    {
        if (SendSignal(pid, signal) != 0)
        {
            throw new InvalidOperationException($"Could not send signal {signal} to pid {pid}.");
        }
    }

    private static void WaitForExit(int pid)
    {
        var deadline = Stopwatch.StartNew();
        while (IsRunning(pid))
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"Process {pid} did not exit.");
            }

            Thread.Sleep(20);
        }
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int SendSignal(int pid, int signal);
}
