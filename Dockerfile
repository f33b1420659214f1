# Build: one runnable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY sql sql
COPY data data
COPY public public
COPY src src
RUN mvn -B -q package -DskipTests

# Run: a JRE, a user that is not root, and an external MariaDB named by DATABASE_URL.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /app site
WORKDIR /app
COPY --from=build /src/target/child-offences.jar /app/child-offences.jar
USER site
ENV PORT=7070
# The heap takes three quarters of the container's memory limit; the rest is for threads, buffers and the JIT.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
EXPOSE 7070
# DATABASE_URL (jdbc:mariadb://host:3306/childstats), DATABASE_USER and DATABASE_PASSWORD must be set:
# the embedded database is for development machines, not containers.
ENTRYPOINT ["sh", "-c", "if [ -z \"$DATABASE_URL\" ]; then echo 'Set DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD' >&2; exit 64; fi; exec java $JAVA_OPTS -jar /app/child-offences.jar \"$@\"", "--"]
