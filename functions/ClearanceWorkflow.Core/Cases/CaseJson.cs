using System.Text.Json;

namespace ClearanceWorkflow.Core.Cases;

/// <summary>The JSON conventions of the contract: camelCase, enums as strings (declared on each enum), no nulls lost.</summary>
public static class CaseJson
{
    /// <summary>The serializer options used for event bodies and the HTTP contract.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
