using Microsoft.EntityFrameworkCore;
using Passerelle.Web.Features.Demo;

namespace Passerelle.Web.Data;

public static class DemarrageBase
{
    /// <summary>Applies pending migrations, then fills an empty database with demo data when configured.</summary>
    public static async Task PreparerBaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        if (!app.Configuration.GetValue("Database:SeedDemo", false)) return;
        if (await db.Departements.AnyAsync()) return;
        var rapport = await DonneesDemo.RemplirAsync(app.Services, new OptionsDemo());
        app.Logger.LogInformation("Données de démonstration créées : {Departements} départements, {Utilisateurs} comptes.",
            rapport.Departements, rapport.Utilisateurs);
    }
}
