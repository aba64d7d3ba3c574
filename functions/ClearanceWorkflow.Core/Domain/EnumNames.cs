using System.Text.Json.Serialization;

namespace ClearanceWorkflow.Core.Domain;

/// <summary>An enum in JSON as its name only: a number (<c>-1</c>, <c>"3"</c>) is refused, so a value outside the enum never binds.</summary>
/// <typeparam name="T">The enum.</typeparam>
public sealed class EnumNames<T>() : JsonStringEnumConverter<T>(namingPolicy: null, allowIntegerValues: false) where T : struct, Enum;
