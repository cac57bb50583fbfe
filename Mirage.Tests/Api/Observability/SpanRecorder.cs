using System.Collections.ObjectModel;
using System.Diagnostics;

namespace Mirage.Tests.Api.Observability;

/// <summary>The spans an in-memory exporter hands over, kept safely from the threads that end them.</summary>
public sealed class SpanRecorder : Collection<Activity>
{
    private readonly Lock _lock = new();

    public IReadOnlyList<Activity> Snapshot()
    {
        lock (_lock)
        {
            return [.. Items];
        }
    }

    /// <summary>Everything an exporter would send of the span, as one text to search.</summary>
    public static string Text(Activity span) => string.Join(
        "\n",
        new[] { span.DisplayName, span.OperationName, span.StatusDescription ?? string.Empty }
            .Concat(span.TagObjects.Select(tag => $"{tag.Key}={tag.Value}"))
            .Concat(span.Events.SelectMany(e => e.Tags.Select(tag => $"{e.Name} {tag.Key}={tag.Value}")))
            .Concat(span.Baggage.Select(item => $"{item.Key}={item.Value}")));

    protected override void InsertItem(int index, Activity item)
    {
        lock (_lock)
        {
            base.InsertItem(index, item);
        }
    }
}
