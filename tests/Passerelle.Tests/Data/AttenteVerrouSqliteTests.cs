using Microsoft.EntityFrameworkCore;
using Passerelle.Tests.Support;
using Passerelle.Web.Data;

namespace Passerelle.Tests.Data;

public sealed class AttenteVerrouSqliteTests(Application app) : IClassFixture<Application>
{
    [Fact]
    public async Task Connexion_sqlite_attend_le_verrou_d_ecriture_au_lieu_de_repondre_occupe()
    {
        var attente = await app.DansDepartementAsync("49", async db =>
        {
            // PostgreSQL waits for row locks by itself: the setting is SQLite's only.
            if (!db.Database.IsSqlite()) return AttenteVerrouSqlite.AttenteMillisecondes;
            await db.Database.OpenConnectionAsync();
            await using var commande = db.Database.GetDbConnection().CreateCommand();
            commande.CommandText = "PRAGMA busy_timeout;";
            return Convert.ToInt32(await commande.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });
        Assert.Equal(AttenteVerrouSqlite.AttenteMillisecondes, attente);
    }
}
