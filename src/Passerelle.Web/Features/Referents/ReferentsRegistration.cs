using Passerelle.Web.Features.Dossiers;
using Passerelle.Web.Features.Personnes;

namespace Passerelle.Web.Features.Referents;

public static class ReferentsRegistration
{
    public static IServiceCollection AddReferents(this IServiceCollection services) =>
        services.AddAccesPersonnes<AccesPortefeuille>().AddSourceChronologie<ChronologieReferents>().AddScoped<Transfert.ServiceTransfert>();
}
