namespace Mirage.Domain.Votes;

public enum VoteDirection
{
    Down = -1,
    Up = 1,
}
