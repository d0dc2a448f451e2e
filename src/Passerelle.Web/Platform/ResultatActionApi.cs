using Microsoft.AspNetCore.Http.HttpResults;

namespace Passerelle.Web.Platform;

/// <summary>The message of a successful API write.</summary>
public sealed record ReponseAction(string Message);

public static class ResultatActionApi
{
    /// <summary>A business refusal answers 422 with the French reason, as the page would show it.</summary>
    public static Results<Ok<ReponseAction>, ProblemHttpResult> EnReponse(this ResultatAction resultat) => resultat.Reussi
        ? TypedResults.Ok(new ReponseAction(resultat.Message))
        : TypedResults.Problem(title: "Action refusée", detail: resultat.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
}
