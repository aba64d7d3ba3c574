using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace ClearanceWorkflow.Service.Storage;

/// <summary>
/// The one resilience pipeline for work that polls storage on its own (the scan watcher, the start-up wait): a circuit
/// breaker that stops hammering storage while it is down, reported in <c>/api/health</c>, inside a retry with back-off.
/// The Azure SDK's own retries cover single calls; this covers the loop around them.
/// </summary>
public sealed class StorageCircuit
{
    private readonly CircuitBreakerStateProvider state = new();

    /// <summary>Builds the pipeline; every retry is logged with its cause.</summary>
    public StorageCircuit(ILogger<StorageCircuit> logger)
    {
        Pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = TimeSpan.FromSeconds(15),
                OnRetry = args =>
                {
                    logger.LogWarning("Storage call failed (attempt {Attempt}): {Error}; retrying in {Delay}",
                        args.AttemptNumber + 1, args.Outcome.Exception?.GetBaseException().Message, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = TimeSpan.FromSeconds(10),
                StateProvider = state,
            })
            .Build();
    }

    /// <summary>The pipeline: retries until cancelled, breaking the circuit while storage fails.</summary>
    public ResiliencePipeline Pipeline { get; }

    /// <summary>Whether storage is considered down now.</summary>
    public bool IsOpen => state.CircuitState is CircuitState.Open or CircuitState.Isolated;
}
