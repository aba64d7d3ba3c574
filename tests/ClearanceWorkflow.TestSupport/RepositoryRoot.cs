namespace ClearanceWorkflow.TestSupport;

/// <summary>Finds the repository from wherever the tests run.</summary>
public static class RepositoryRoot
{
    /// <summary>The folder holding ClearanceWorkflow.sln.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "ClearanceWorkflow.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ClearanceWorkflow.sln not found above the test folder.");
    }
}
