namespace Mirage.Domain.Observability;

public enum MessageKind
{
    Direct,
    Room,
}
