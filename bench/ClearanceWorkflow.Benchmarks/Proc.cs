using System.Globalization;

namespace ClearanceWorkflow.Benchmarks;

/// <summary>Figures of a process and of Azurite's files, read from Linux's /proc and the file system.</summary>
public static class Proc
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>Resident memory of a process, in MB.</summary>
    public static double ResidentMegabytes(int pid) => StatusMegabytes(File.ReadLines($"/proc/{pid}/status").ToList(), "VmRSS:");

    /// <summary>Resident memory of a process by kind, in MB, from the RssAnon, RssFile and RssShmem lines of its status.</summary>
    public static (double Anonymous, double File, double Shared) ResidentParts(int pid)
    {
        var status = File.ReadLines($"/proc/{pid}/status").ToList();
        return (StatusMegabytes(status, "RssAnon:"), StatusMegabytes(status, "RssFile:"), StatusMegabytes(status, "RssShmem:"));
    }

    /// <summary>A line of /proc/[pid]/status given in kB, in MB.</summary>
    private static double StatusMegabytes(List<string> status, string name) =>
        long.Parse(status.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;

    /// <summary>CPU time (user and system) a process and its children have used, in seconds.</summary>
    public static double CpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the name: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (1-based, as in proc(5)).
        return Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    /// <summary>CPU time of several processes together (Azurite's three services), in seconds.</summary>
    public static double CpuSeconds(IEnumerable<int> pids) => pids.Sum(CpuSeconds);

    /// <summary>The size of every file under a folder, in MB.</summary>
    public static double FolderMegabytes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1048576.0;

    /// <summary>The size of Azurite's table database file, in MB.</summary>
    public static double TableFileMegabytes(string dataFolder) =>
        Directory.EnumerateFiles(dataFolder, "__azurite_db_table__*").Sum(f => new FileInfo(f).Length) / 1048576.0;
}
