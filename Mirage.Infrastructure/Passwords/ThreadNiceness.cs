using System.Runtime.InteropServices;

namespace Mirage.Infrastructure.Passwords;

/// <summary>
/// Lowers the calling thread's CPU priority through its Linux nice value. .NET's <c>Thread.Priority</c>
/// is not applied on Linux (checked: the nice value stays 0), so this calls <c>setpriority</c> for the
/// thread's own id; Linux keeps a nice value per thread. Elsewhere it does nothing.
/// </summary>
internal static class ThreadNiceness
{
    private const int PrioProcess = 0;

    /// <returns><c>true</c> when the thread now runs at <paramref name="niceness"/>.</returns>
    public static bool TryLowerCurrentThread(int niceness)
    {
        if (!OperatingSystem.IsLinux() || niceness <= 0)
        {
            return false;
        }

        try
        {
            // Raising one's own nice value needs no privilege.
            return SetPriority(PrioProcess, GetThreadId(), niceness) == 0;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport, which would need unsafe code enabled for two int-only calls.
    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetThreadId();
}
