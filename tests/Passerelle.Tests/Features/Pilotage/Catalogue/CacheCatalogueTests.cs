using Passerelle.Web.Data.Cache;
using Passerelle.Web.Features.Pilotage.Catalogue;

namespace Passerelle.Tests.Features.Pilotage.Catalogue;

/// <summary>Every catalogue indicator is cached until a table it reads is written: each table it names must be followed.</summary>
public sealed class CacheCatalogueTests
{
    [Fact]
    public void Chaque_indicateur_ne_nomme_que_des_tables_dont_les_ecritures_sont_suivies() =>
        Assert.All(CatalogueIndicateurs.Tous, indicateur => Assert.All(indicateur.Lues,
            table => Assert.True(SuiviEcritures.EstSuivie(table), $"{indicateur.Code} lit {table.Name}, dont les écritures ne sont pas suivies.")));
}
