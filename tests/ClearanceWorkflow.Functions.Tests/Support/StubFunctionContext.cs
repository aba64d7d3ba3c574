using Microsoft.Azure.Functions.Worker;

namespace ClearanceWorkflow.Functions.Tests.Support;

/// <summary>A function context that offers only its services, which is all the activity wrappers read.</summary>
public sealed class StubFunctionContext(IServiceProvider services) : FunctionContext
{
    /// <inheritdoc />
    public override IServiceProvider InstanceServices { get; set; } = services;

    /// <inheritdoc />
    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    /// <inheritdoc />
    public override string InvocationId => "test-invocation";

    /// <inheritdoc />
    public override string FunctionId => "test-function";

    /// <inheritdoc />
    public override TraceContext TraceContext => throw new NotSupportedException();

    /// <inheritdoc />
    public override BindingContext BindingContext => throw new NotSupportedException();

    /// <inheritdoc />
    public override RetryContext RetryContext => throw new NotSupportedException();

    /// <inheritdoc />
    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

    /// <inheritdoc />
    public override IInvocationFeatures Features => throw new NotSupportedException();
}
