namespace Mirage.Domain.Accounts;

/// <summary>How storing a settings edit went: refused because the new email is someone else's, or stored.</summary>
public sealed record SettingsSaved(bool EmailTaken, int OtherSessionsEnded);
