# The Press Archive web app and CLI, for docker-compose.yml.
FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY press press
COPY search search
COPY importers importers
COPY web web
COPY mappings mappings
RUN pip install --no-cache-dir -e .
ENV PRESS_ARCHIVE=http://elasticsearch:9200
EXPOSE 5000
CMD ["press", "serve", "--host", "0.0.0.0", "--port", "5000"]
