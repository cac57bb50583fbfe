namespace Mirage.Domain.Observability;

/// <summary>How an <c>import-legacy</c> run ended, as the <c>outcome</c> of <c>mirage.imports</c>.</summary>
public enum ImportStatus
{
    Imported,
    Refused,
    Failed,
    Cancelled,
}
