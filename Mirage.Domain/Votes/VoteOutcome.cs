namespace Mirage.Domain.Votes;

/// <summary>What a vote request did, decided atomically by the repository.</summary>
public enum VoteOutcome
{
    Counted,
    Moved,
    AlreadyVotedThisWay,
    PostGone,
    VoterGone,
}
