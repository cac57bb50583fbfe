namespace Mirage.Domain.Import;

/// <summary>Where an import says how far it is, table by table (the console in the command, nothing in tests).</summary>
public interface IImportProgress
{
    void Started(string table);

    /// <summary>Called every few thousand rows and at the end of the table.</summary>
    void Advanced(string table, long rowsRead);

    void Finished(string table, TableCounts counts);
}
