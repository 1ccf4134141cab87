# The renderer in a container, for the job-array engines (deploy/k8s, deploy/slurm with a container runtime, CI):
# Debian 12 with the .NET 10 runtime (ASP.NET Core shared framework included: the CLI's studio command uses it),
# ffmpeg, TeX (latex + dvisvgm), the Inter font and espeak-ng (draft narration). The entry point is the CLI:
#
#   docker build -t renderer .
#   docker run --rm -v "$PWD:/work" -w /work renderer render scenes/forward-vs-reverse-kl.yaml -o output
#
# Every chunk of a split render must run the same image: a segment's key includes the renderer's build and the
# ffmpeg version, so segments made by another build are not joined (the join reports them as missing).

FROM debian:12 AS build
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends ca-certificates curl libicu72 >/dev/null \
 && curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh \
 && bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet \
 && ln -s /usr/share/dotnet/dotnet /usr/local/bin/dotnet
WORKDIR /src
COPY . .
RUN dotnet publish src/Renderer.Cli/Renderer.Cli.csproj -c Release -o /app --nologo

FROM debian:12-slim
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends ca-certificates curl libicu72 ffmpeg texlive-latex-base dvisvgm fonts-inter espeak-ng >/dev/null \
 && curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh \
 && bash /tmp/dotnet-install.sh --channel 10.0 --runtime aspnetcore --install-dir /usr/share/dotnet \
 && ln -s /usr/share/dotnet/dotnet /usr/local/bin/dotnet \
 && rm -rf /var/lib/apt/lists/* /tmp/dotnet-install.sh
COPY --from=build /app /app
RUN printf '#!/bin/sh\nexec dotnet /app/Renderer.Cli.dll "$@"\n' > /usr/local/bin/renderer && chmod +x /usr/local/bin/renderer
# Caches (TeX, segments) under /cache unless a job points them at a shared volume.
ENV XDG_CACHE_HOME=/cache DOTNET_CLI_TELEMETRY_OPTOUT=1
ENTRYPOINT ["renderer"]
CMD ["--help"]
