import { createApp } from 'vue';
import 'scorecard-kit'; // defines <kpi-scorecard> and the other elements
import App from './App.vue';

createApp(App).mount('#app');
