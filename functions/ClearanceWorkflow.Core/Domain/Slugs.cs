using System.Text;

namespace ClearanceWorkflow.Core.Domain;

/// <summary>Kebab-case names of enum values, for ids and blob names.</summary>
public static class Slugs
{
    /// <summary><c>ClearanceLetter</c> → <c>clearance-letter</c>.</summary>
    public static string Of<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var slug = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                slug.Append('-');
            }
            slug.Append(char.ToLowerInvariant(name[i]));
        }
        return slug.ToString();
    }
}
